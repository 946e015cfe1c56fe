/**
 * Measurements taken inside the page (so browser↔driver latency does not count): the
 * first-paint signal, pan/zoom frame rate, search latency per keystroke, filter time.
 * Functions passed to page.evaluate run in the browser and must be self-contained.
 */
import type { Page } from 'playwright-core'

/**
 * Init script, installed in every benchmark page. Every animation frame until the graph is drawn:
 * - "picture": the first frame where the static HTML's picture (`[data-graph-preview]`, an inline
 *   SVG or a loaded image) is on screen → `__benchPicture`;
 * - "drawn" (interactive): `window.cy` has nodes, plus the frame that draws them → `__benchDrawn`.
 * The explorer loads Cytoscape on the reader's first gesture (its picture is the overview), so the
 * script plays a reader who reaches for the graph at once: a pointermove every frame until cy exists.
 */
export const DRAWN_SIGNAL = `(() => {
  // tsx (esbuild keepNames) wraps named functions in page.evaluate callbacks with __name().
  globalThis.__name = globalThis.__name || ((f) => f)
  const pictureShown = () => {
    const p = document.querySelector('[data-graph-preview]')
    if (!p) return false
    if (p instanceof HTMLImageElement) return p.complete && p.naturalWidth > 0
    return p.getBoundingClientRect().width > 0
  }
  const poll = () => {
    if (window.__benchPicture === undefined && pictureShown()) requestAnimationFrame(() => { window.__benchPicture ??= performance.now() })
    // typeof check: an element with id="cy" would also be window.cy.
    const cy = window.cy
    if (cy && typeof cy.nodes === 'function' && cy.nodes().length > 0) requestAnimationFrame(() => { window.__benchDrawn = performance.now() })
    else {
      window.dispatchEvent(new PointerEvent('pointermove', { clientX: 400, clientY: 400 }))
      requestAnimationFrame(poll)
    }
  }
  requestAnimationFrame(poll)
})()`

export interface PaintTimes {
  /** Navigation start → the static picture on screen (NaN when the page has none). */
  picture: number
  /** Navigation start → Cytoscape has drawn the graph (interactive). */
  drawn: number
  /**
   * The browser's own first contentful paint (Paint Timing): the frame that first shows text, an
   * image, an SVG or a drawn canvas. On the explorer that is the frame with the picture; on the
   * bare page, whose only content is the canvas, the one where Cytoscape first drew.
   */
  fcp: number
}

/** Milliseconds from navigation start to the picture and to a drawn graph. */
export async function timeToDrawn(page: Page, url: string): Promise<PaintTimes> {
  await page.goto(url, { waitUntil: 'commit' })
  await page.waitForFunction(() => typeof Reflect.get(window, '__benchDrawn') === 'number', undefined, {
    timeout: 60_000,
  })
  const times: unknown = await page.evaluate(() => [
    Reflect.get(window, '__benchPicture'),
    Reflect.get(window, '__benchDrawn'),
    performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
  ])
  const [picture, drawn, fcp] = Array.isArray(times) ? times : []
  return {
    picture: typeof picture === 'number' ? picture : NaN,
    drawn: typeof drawn === 'number' ? drawn : NaN,
    fcp: typeof fcp === 'number' ? fcp : NaN,
  }
}

/** Frames per second while panning and zooming every frame for `ms` milliseconds. */
export function panZoomFps(page: Page, ms = 2000): Promise<number> {
  return page.evaluate(
    (duration) =>
      new Promise<number>((done) => {
        const cy = window.cy
        if (!cy) return done(NaN)
        let frames = 0
        let start = 0
        const step = (now: number): void => {
          if (start === 0) start = now
          frames++
          const direction = frames % 60 < 30 ? 1 : -1
          cy.panBy({ x: 6 * direction, y: 3 * direction })
          if (frames % 10 === 0) {
            const level = cy.zoom() * (direction > 0 ? 1.04 : 1 / 1.04)
            cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } })
          }
          if (now - start < duration) requestAnimationFrame(step)
          else done((frames - 1) / ((now - start) / 1000))
        }
        requestAnimationFrame(step)
      }),
    ms,
  )
}

/**
 * Types `query` one key at a time into the search combobox; for each keystroke, the time from
 * keydown to the frame after the suggestion list first changed.
 */
export async function searchLatencies(page: Page, query: string): Promise<number[]> {
  const box = page.getByRole('combobox').first()
  await box.click()
  await page.evaluate(() => {
    const state = { keydown: 0, painted: 0 }
    Reflect.set(window, '__benchSearch', state)
    document.addEventListener('keydown', () => (state.keydown = performance.now()), true)
    const list = document.querySelector('[role="search"]') ?? document.body
    // The first change after the keystroke is the suggestions updating; later ones (URL sync) do not count.
    let pending = false
    new MutationObserver(() => {
      if (pending || state.painted > state.keydown) return
      pending = true
      requestAnimationFrame(() => {
        state.painted = performance.now()
        pending = false
      })
    }).observe(list, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    })
  })
  const latencies: number[] = []
  for (const key of query) {
    await page.keyboard.type(key)
    // Let the update and its frame land, then read how long it took.
    await page.waitForTimeout(150)
    const latency: unknown = await page.evaluate(() => {
      const state: unknown = Reflect.get(window, '__benchSearch')
      if (typeof state !== 'object' || state === null) return NaN
      const keydown: unknown = Reflect.get(state, 'keydown')
      const painted: unknown = Reflect.get(state, 'painted')
      return typeof keydown === 'number' && typeof painted === 'number' && painted > keydown
        ? painted - keydown
        : NaN
    })
    if (typeof latency === 'number' && !Number.isNaN(latency)) latencies.push(latency)
  }
  return latencies
}

/**
 * Opens the filter panel, then clicks the first concept checkbox inside the page and measures
 * until the set of elements on the canvas changes and the next frame is drawn.
 */
export async function filterTime(page: Page): Promise<number> {
  const button = page.getByRole('button', { name: /筛选/ }).first()
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click()
  await page.locator('.concept-list input[type="checkbox"]').first().waitFor({ timeout: 10_000 })
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        const cy = window.cy
        const box = document.querySelector<HTMLInputElement>('.concept-list input[type="checkbox"]')
        if (!cy || !box) return done(NaN)
        const signature = (): string => `${cy.nodes().length}/${cy.edges().length}`
        const before = signature()
        const start = performance.now()
        box.click()
        const poll = (): void => {
          if (signature() !== before) requestAnimationFrame(() => done(performance.now() - start))
          else if (performance.now() - start > 5000) done(NaN)
          else requestAnimationFrame(poll)
        }
        poll()
      }),
  )
}
