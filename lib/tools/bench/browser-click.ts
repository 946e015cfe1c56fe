/**
 * "See it, click it, read it": a reader opens `/` and clicks a term the moment it is drawn; the
 * figure is navigation start → that term's definition on screen. The explorer is clicked where its
 * first view draws the term (the static HTML's picture, or the canvas when there is no picture),
 * the bare Cytoscape page (bare-page.ts) where Cytoscape drew it, whose tap handler shows the
 * definition. Clicks are real event sequences dispatched inside the page at the term's pixel, so
 * neither page pays the driver's latency; a click that leads to another page (the explorer's
 * picture links to term pages) or shows nothing within the timeout is counted, not timed.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { checkGraph } from '../../format/check-graph'
import { toViewGraph } from '../../format/view-graph'
import { pictureOf } from '../../explorer/picture'
import { traceCpu } from './browser-blocking'

/** The term a reader clicks and how to recognise it on screen. */
export interface ClickTarget {
  /** Node key (the term's slug). */
  key: string
  label: string
  /** The start of its definition: the text that says it is being read. */
  snippet: string
  /** Where the first view's picture draws its centre, in the picture's model coordinates. */
  model: { x: number; y: number }
}

/** The most central term of the site in `dir` (the biggest node: the one a reader reaches for). */
export function clickTarget(dir: string): ClickTarget {
  const graph = checkGraph(JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8')))
  let best: { key: string; label: string; definition: string; pagerank: number } | undefined
  for (const n of graph.nodes) {
    const a = n.attributes
    if (a?.kind !== 'term' || !a.definition) continue
    if (!best || a.pagerank > best.pagerank)
      best = { key: n.key, label: a.label, definition: a.definition, pagerank: a.pagerank }
  }
  if (!best) throw new Error(`browser-click: ${dir}/graph.json has no term with a definition`)
  const drawn = pictureOf(toViewGraph(graph)).nodes.find((n) => n.id === best.key)
  return {
    key: best.key,
    label: best.label,
    // Whitespace-free start, so the page's own line breaks and spacing cannot hide it.
    snippet: best.definition.replace(/\s+/g, '').slice(0, 12),
    model: { x: drawn?.x ?? 0, y: drawn?.y ?? 0 },
  }
}

/** What the page shows once the term is read: the explorer's panel, or the bare page's box. */
export interface ReadSignals {
  /** Element holding the heading that names the selected term (undefined: same as `read`). */
  heading?: string
  /** Element holding the definition. */
  read: string
}

/** The explorer's panel, or the first view's before the explorer is up (picture-click-script.ts). */
export const EXPLORER_SIGNALS: ReadSignals = {
  heading: '#panel-title, [data-first-panel] h2',
  read: '.term-panel .definition',
}
export const BARE_SIGNALS: ReadSignals = { read: '#definition' }

/**
 * Where the reader clicks: on whatever first shows the term (the picture, else the canvas), or on
 * the canvas only, moving the pointer from the start as a reader who waits for it does.
 */
export type ClickOn = 'first view' | 'canvas'

/**
 * Init script: every frame until the term is read, (1) once the term is drawn (the picture on
 * screen, else `window.cy` with the node drawn one frame ago), dispatch pointerdown, mousedown,
 * pointerup, mouseup and click at its pixel on whatever element is there; (2) record when the
 * heading names it and when the definition is on screen (each plus the frame that paints it).
 * Results in `window.__benchClick` ({clicked, via, selected, read, pickedAt}, ms since navigation
 * start; pickedAt: the explorer's canvas shows the term selected).
 * Only on `/` and the bare page: a click that led to a term page must not click again there.
 */
function clickSignal(target: ClickTarget, signals: ReadSignals, on: ClickOn = 'first view'): string {
  return `(() => {
  globalThis.__name = globalThis.__name || ((f) => f)
  const T = ${JSON.stringify(target)}
  const S = ${JSON.stringify(signals)}
  const CANVAS_ONLY = ${JSON.stringify(on === 'canvas')}
  if (/\\/term\\//.test(location.pathname)) return
  const state = (window.__benchClick = {})
  const squash = (s) => (s || '').replace(/\\s+/g, '')
  const visible = (el) => Boolean(el && el.getClientRects().length > 0 && el.checkVisibility())
  const pictureTarget = () => {
    for (const p of document.querySelectorAll('.graph-preview')) {
      const img = p.querySelector('[data-graph-preview]')
      if (!visible(img)) continue
      if (img instanceof HTMLImageElement) {
        if (!img.complete || img.naturalWidth === 0) continue
        const [bx, by, bw, bh] = (p.getAttribute('data-preview-box') || '').split(' ').map(Number)
        const r = img.getBoundingClientRect()
        const zoom = Math.min(r.width / bw, r.height / bh)
        return {
          x: r.left + (r.width - bw * zoom) / 2 + (T.model.x - bx) * zoom,
          y: r.top + (r.height - bh * zoom) / 2 + (T.model.y - by) * zoom,
        }
      }
      const node = [...img.querySelectorAll('a')].find((a) => /\\/term\\/([^/]+)\\/?$/.exec(a.getAttribute('href') || '')?.[1] === T.key)
      const shape = node && node.querySelector('circle, polygon')
      if (!shape) continue
      const r = shape.getBoundingClientRect()
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 }
    }
  }
  let cyDrawnAt = 0
  const canvasTarget = (now) => {
    const cy = window.cy
    if (!cy || typeof cy.nodes !== 'function' || cy.nodes().length === 0) return
    // Drawn = one frame after the core has its nodes (Cytoscape draws on its next frame).
    if (!cyDrawnAt) cyDrawnAt = now
    if (now === cyDrawnAt) return
    const node = cy.getElementById(T.key)
    const box = cy.container() && cy.container().getBoundingClientRect()
    if (!box || node.empty()) return
    const p = node.renderedPosition()
    return { x: box.left + p.x, y: box.top + p.y }
  }
  const fire = (x, y) => {
    const el = document.elementFromPoint(x, y)
    if (!el) return false
    const o = { bubbles: true, cancelable: true, composed: true, clientX: x, clientY: y, button: 0, view: window }
    const p = { ...o, pointerId: 1, pointerType: 'mouse', isPrimary: true }
    el.dispatchEvent(new PointerEvent('pointerdown', p))
    el.dispatchEvent(new MouseEvent('mousedown', { ...o, buttons: 1 }))
    el.dispatchEvent(new PointerEvent('pointerup', p))
    el.dispatchEvent(new MouseEvent('mouseup', o))
    el.dispatchEvent(new PointerEvent('click', p))
    return true
  }
  const shows = (selector, text) =>
    [...document.querySelectorAll(selector)].some((el) => visible(el) && squash(el.textContent).includes(text))
  const frame = (now) => {
    if (state.clicked === undefined) {
      // A reader who waits for the canvas moves the pointer from the start (which starts it).
      if (CANVAS_ONLY && !window.cy) window.dispatchEvent(new PointerEvent('pointermove', { clientX: 1, clientY: 1 }))
      const picture = CANVAS_ONLY ? undefined : pictureTarget()
      const at = picture || canvasTarget(now)
      if (at && fire(at.x, at.y)) {
        state.clicked = performance.now()
        state.via = picture ? 'picture' : 'canvas'
      }
    } else {
      const cy = window.cy
      if (state.picked === undefined && cy && typeof cy.getElementById === 'function' && cy.getElementById(T.key).hasClass('picked'))
        (state.picked = true), requestAnimationFrame(() => (state.pickedAt = performance.now()))
      const headed = S.heading ? shows(S.heading, squash(T.label)) : shows(S.read, T.snippet)
      if (state.headed === undefined && headed) state.headed = true, requestAnimationFrame(() => (state.selected = performance.now()))
      if (state.seen === undefined && shows(S.read, T.snippet)) {
        state.seen = true
        requestAnimationFrame(() => (state.read = performance.now()))
      }
      // Done once read and, where there is a canvas, once it shows the selection too.
      if (state.seen && (state.picked || !S.heading)) return
    }
    requestAnimationFrame(frame)
  }
  requestAnimationFrame(frame)
})()`
}

/** One cold load's outcome, in ms since navigation start (NaN when it did not happen). */
export interface ClickRun {
  clicked: number
  /** The heading names the term (the explorer's panel is open on it). */
  selected: number
  /** Its definition is on screen. */
  read: number
  /** The canvas shows it selected (the explorer only). */
  picked: number
  via: 'picture' | 'canvas' | undefined
  /** The click loaded another page (the static term page): the reader left the explorer. */
  left: boolean
  /** Nothing showed the term within the timeout. */
  lost: boolean
  /** Main-thread CPU ms until selected and until read (browser-blocking.ts), when traced. */
  cpuSelected: number
  cpuRead: number
}

const TIMEOUT_MS = 15_000

/** One cold load (fresh context) of `url`, clicking `target` as soon as it is drawn. */
export async function clickOnce(
  browser: Browser,
  url: string,
  target: ClickTarget,
  signals: ReadSignals,
  viewport = { width: 1280, height: 800 },
  on: ClickOn = 'first view',
  trace = false,
): Promise<ClickRun> {
  const context = await browser.newContext({ viewport })
  await context.addInitScript(clickSignal(target, signals, on))
  const page = await context.newPage()
  const cpu = trace ? await traceCpu(browser, page) : undefined
  let left = false
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && new URL(frame.url()).pathname.includes('/term/')) left = true
  })
  try {
    await page.goto(url, { waitUntil: 'commit' })
    const deadline = Date.now() + TIMEOUT_MS
    let result: unknown
    while (Date.now() < deadline && !left) {
      result = await page.evaluate(() => Reflect.get(window, '__benchClick')).catch(() => undefined)
      const has = (k: string) =>
        typeof result === 'object' && result !== null && typeof Reflect.get(result, k) === 'number'
      // Read, and where there is a canvas (the explorer), selected on it too.
      if (has('read') && (has('pickedAt') || signals.heading === undefined)) break
      await page.waitForTimeout(50)
    }
    const num = (k: string): number => {
      const v: unknown = typeof result === 'object' && result !== null ? Reflect.get(result, k) : undefined
      return typeof v === 'number' && !left ? v : NaN
    }
    const via: unknown =
      typeof result === 'object' && result !== null ? Reflect.get(result, 'via') : undefined
    const read = num('read')
    const [cpuSelected = NaN, cpuRead = NaN] = cpu ? await cpu([num('selected'), read]) : []
    return {
      clicked: num('clicked'),
      selected: num('selected'),
      read,
      picked: num('pickedAt'),
      via: via === 'picture' || via === 'canvas' ? via : undefined,
      left,
      lost: !left && Number.isNaN(read),
      cpuSelected,
      cpuRead,
    }
  } finally {
    await context.close()
  }
}
