/**
 * Measurements taken inside the page (so browser↔driver latency does not count): the
 * first-paint signal, pan/zoom frame rate, search latency per keystroke, filter time.
 * Functions passed to page.evaluate run in the browser and must be self-contained.
 */
import type { Page } from 'playwright-core'

/**
 * Init script, installed in every benchmark page: polls every animation frame until `window.cy` has nodes, then waits one more
 * frame (the one that draws them) and stores the time since navigation start.
 */
export const DRAWN_SIGNAL = `(() => {
  // tsx (esbuild keepNames) wraps named functions in page.evaluate callbacks with __name().
  globalThis.__name = globalThis.__name || ((f) => f)
  const poll = () => {
    // typeof check: an element with id="cy" would also be window.cy.
    const cy = window.cy
    if (cy && typeof cy.nodes === 'function' && cy.nodes().length > 0) requestAnimationFrame(() => { window.__benchDrawn = performance.now() })
    else requestAnimationFrame(poll)
  }
  requestAnimationFrame(poll)
})()`

/** Milliseconds from navigation start to a drawn graph. */
export async function timeToDrawn(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' })
  await page.waitForFunction(() => typeof Reflect.get(window, '__benchDrawn') === 'number', undefined, {
    timeout: 60_000,
  })
  const drawn: unknown = await page.evaluate(() => Reflect.get(window, '__benchDrawn'))
  return typeof drawn === 'number' ? drawn : NaN
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
 * until the set of hidden nodes changes and the next frame is drawn.
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
        const signature = (): string => `${cy.nodes('.hidden').length}/${cy.edges('.hidden').length}`
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
