/**
 * Browser benchmark: headless Chromium against the built site, for the bundled glossary and a
 * synthetic one. Per glossary: time to a drawn graph for the explorer and for a bare Cytoscape
 * page with the same graph.json (alternating, same run), "see it, click it, read it" against the
 * same bare page (browser-click.ts), the blocking time of a reader who only looks
 * (browser-blocking.ts), JavaScript shipped for `/` (gzip), pan/zoom frame rate, search latency per
 * keystroke, and the time a concept filter takes to narrow the view and to clear it again.
 */
import { gzipSync } from 'node:zlib'
import { chromium, type Browser } from 'playwright-core'
import { syntheticGlossary } from './extract-bench'
import { buildSite } from './site-build'
import { bareRoutes, BARE_PATH } from './bare-page'
import { serveStatic } from './static-server'
import {
  DRAWN_SIGNAL,
  filterTime,
  panZoomFps,
  searchLatencies,
  timeToDrawn,
  type PaintTimes,
} from './browser-measure'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { neighbourhoodPurity } from '../../extractor/graph/purity'
import { lighthouseSite, type LighthouseRow } from './lighthouse'
import { BARE_SIGNALS, EXPLORER_SIGNALS, clickOnce, clickTarget, type ClickRun } from './browser-click'
import { blockingTime } from './browser-blocking'
import { fmt, formatTable } from './table'
import { CHROMIUM_ARGS, chromiumExecutable } from '../chromium'

const VIEWPORT = { width: 1280, height: 800 }
const RUNS = 5
const QUERY = 'zhuyili'

export interface BrowserRow {
  name: string
  nodes: number
  /** Navigation start → the static HTML's graph picture on screen. */
  pictureMs: number
  /** Navigation start → Cytoscape has drawn the graph (interactive). */
  explorerMs: number
  bareMs: number
  jsGzipKiB: number
  graphGzipKiB: number
  fps: number
  bareFps: number
  searchMedianMs: number
  searchMaxMs: number
  /** Narrowing the view to the first concept (median of 3). */
  filterMs: number
  /** Clearing that filter again (median of 2). */
  unfilterMs: number
  /** Share of terms with most of their 5 nearest drawn neighbours in their own group. */
  purity: number
  /** "See it, click it, read it" (browser-click.ts): navigation → the clicked term's definition on screen. */
  readMs: number
  bareReadMs: number
  /** Navigation → the clicked term named in the panel (on big glossaries before its definition arrives). */
  selectedMs: number
  /** Clicks that loaded another page, and clicks that showed nothing, of `clickRuns`. */
  left: number
  lost: number
  clickRuns: number
  /** Estimated Total Blocking Time of a reader who only looks (browser-blocking.ts), median. */
  blockingMs: number
  /** Lighthouse mobile, when asked for (bundled glossary only: one run takes a minute). */
  lighthouse?: LighthouseRow[]
}

const median = (values: number[]): number => {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumExecutable(),
    args: CHROMIUM_ARGS,
  })
}

/** One fresh context (cold cache) per page load, so runs do not help each other. */
async function drawnOnce(browser: Browser, url: string): Promise<PaintTimes> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  await context.addInitScript(DRAWN_SIGNAL)
  const page = await context.newPage()
  try {
    return await timeToDrawn(page, url)
  } finally {
    await context.close()
  }
}

async function measureSite(browser: Browser, name: string, dir: string): Promise<BrowserRow> {
  const server = await serveStatic(dir, bareRoutes())
  try {
    const explorerUrl = `${server.url}/`
    const bareUrl = `${server.url}${BARE_PATH}`
    // Warm-up load of each (disk cache of the server, JIT of the browser), not counted.
    await drawnOnce(browser, explorerUrl)
    await drawnOnce(browser, bareUrl)
    const explorer: PaintTimes[] = []
    const bare: PaintTimes[] = []
    const clicks: ClickRun[] = []
    const bareClicks: ClickRun[] = []
    const blocking: number[] = []
    const target = clickTarget(dir)
    const explorerOnce = async () => {
      explorer.push(await drawnOnce(browser, explorerUrl))
      clicks.push(await clickOnce(browser, explorerUrl, target, EXPLORER_SIGNALS, VIEWPORT))
    }
    const bareOnce = async () => {
      bare.push(await drawnOnce(browser, bareUrl))
      bareClicks.push(await clickOnce(browser, bareUrl, target, BARE_SIGNALS, VIEWPORT))
    }
    for (let i = 0; i < RUNS; i++) {
      // Alternate which goes first so drift in machine load hits both alike.
      if (i % 2 === 0) {
        await explorerOnce()
        await bareOnce()
      } else {
        await bareOnce()
        await explorerOnce()
      }
      blocking.push((await blockingTime(browser, explorerUrl)).tbtMs)
    }

    const context = await browser.newContext({ viewport: VIEWPORT })
    await context.addInitScript(DRAWN_SIGNAL)
    const page = await context.newPage()
    let jsBytes = 0
    let graphBytes = 0
    page.on('response', async (response) => {
      const type = response.request().resourceType()
      const isGraph = response.url().endsWith('/graph.json')
      if (type !== 'script' && !isGraph) return
      const size = gzipSync(await response.body().catch(() => Buffer.alloc(0))).length
      if (isGraph) graphBytes += size
      else jsBytes += size
    })
    await timeToDrawn(page, explorerUrl)
    await page.waitForLoadState('networkidle')
    const nodes: unknown = await page.evaluate(() => window.cy?.nodes().length ?? 0)
    await page.waitForTimeout(500)
    const fps = await panZoomFps(page)
    const searches = await searchLatencies(page, QUERY)
    await page.keyboard.press('Escape')
    await page.keyboard.press('Escape')
    // The same checkbox on, off, on, off, on: narrowing and clearing are reported apart.
    const filters: number[] = []
    const unfilters: number[] = []
    for (let i = 0; i < 5; i++) (i % 2 === 0 ? filters : unfilters).push(await filterTime(page))
    await context.close()

    const bareContext = await browser.newContext({ viewport: VIEWPORT })
    await bareContext.addInitScript(DRAWN_SIGNAL)
    const barePage = await bareContext.newPage()
    await timeToDrawn(barePage, bareUrl)
    await barePage.waitForTimeout(500)
    const bareFps = await panZoomFps(barePage)
    await bareContext.close()

    return {
      name,
      nodes: typeof nodes === 'number' ? nodes : NaN,
      pictureMs: median(explorer.map((t) => t.picture)),
      explorerMs: median(explorer.map((t) => t.drawn)),
      bareMs: median(bare.map((t) => t.drawn)),
      jsGzipKiB: jsBytes / 1024,
      graphGzipKiB: graphBytes / 1024,
      fps,
      bareFps,
      searchMedianMs: median(searches),
      searchMaxMs: Math.max(...searches),
      filterMs: median(filters),
      unfilterMs: median(unfilters),
      purity: purityOf(dir),
      readMs: median(clicks.map((c) => c.read)),
      bareReadMs: median(bareClicks.map((c) => c.read)),
      selectedMs: median(clicks.map((c) => c.selected)),
      left: clicks.filter((c) => c.left).length,
      lost: clicks.filter((c) => c.lost).length,
      clickRuns: clicks.length,
      blockingMs: median(blocking),
    }
  } finally {
    await server.close()
  }
}

/** Neighbourhood purity of the terms as the site's graph.json places them. */
function purityOf(dir: string): number {
  const graph: unknown = JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8'))
  const nodes: unknown = typeof graph === 'object' && graph !== null ? Reflect.get(graph, 'nodes') : []
  const points = (Array.isArray(nodes) ? nodes : []).flatMap((n: unknown) => {
    const a: unknown = typeof n === 'object' && n !== null ? Reflect.get(n, 'attributes') : undefined
    if (typeof a !== 'object' || a === null || Reflect.get(a, 'kind') !== 'term') return []
    const [x, y, group]: unknown[] = ['x', 'y', 'community'].map((k) => Reflect.get(a, k))
    return typeof x === 'number' && typeof y === 'number' && typeof group === 'number'
      ? [{ x, y, group }]
      : []
  })
  return neighbourhoodPurity(points)
}

/** Builds each glossary's site (bundled last, so out/ ends as the normal site) and measures it. */
export async function benchBrowser(
  sizes: ReadonlyArray<number | 'bundled'>,
  reuse = false,
  lighthouseRuns = 0,
): Promise<BrowserRow[]> {
  const ordered = [...sizes].sort((a, b) => (a === 'bundled' ? 1 : 0) - (b === 'bundled' ? 1 : 0))
  const sites = ordered.map((size) =>
    size === 'bundled'
      ? { name: 'bundled', dir: buildSite('bundled', 'glossary', reuse) }
      : { name: `N=${size}`, dir: buildSite(String(size), syntheticGlossary(size), reuse) },
  )
  const browser = await launch()
  try {
    const rows: BrowserRow[] = []
    for (const site of sites.reverse()) {
      console.error(`browser-bench: measuring ${site.name}…`)
      const row = await measureSite(browser, site.name, site.dir)
      if (lighthouseRuns > 0 && site.name === 'bundled') {
        console.error(`browser-bench: Lighthouse on ${site.name} (${lighthouseRuns} run(s) a page)…`)
        row.lighthouse = await lighthouseSite(site.dir, lighthouseRuns)
      }
      rows.push(row)
    }
    return rows
  } finally {
    await browser.close()
  }
}

export function browserTable(rows: readonly BrowserRow[], markdown = false): string {
  const header = [
    'glossary',
    'nodes',
    'picture ms',
    'picture / bare',
    'interactive ms',
    'bare drawn ms',
    'interactive / bare',
    'JS gzip KiB',
    'graph.json gzip KiB',
    'pan/zoom fps',
    'bare fps',
    'search ms/key (median)',
    'search ms/key (max)',
    'filter ms',
    'clear filter ms',
    'groups as regions',
    'click → selected ms',
    'click → read ms',
    'bare read ms',
    'read / bare',
    'clicks left / lost',
    'blocking ms (CPU ×4)',
  ]
  const body = rows.map((r) => [
    r.name,
    fmt(r.nodes),
    fmt(r.pictureMs),
    fmt(r.pictureMs / r.bareMs, 2),
    fmt(r.explorerMs),
    fmt(r.bareMs),
    fmt(r.explorerMs / r.bareMs, 2),
    fmt(r.jsGzipKiB),
    fmt(r.graphGzipKiB),
    fmt(r.fps),
    fmt(r.bareFps),
    fmt(r.searchMedianMs, 1),
    fmt(r.searchMaxMs, 1),
    fmt(r.filterMs),
    fmt(r.unfilterMs),
    `${fmt(r.purity * 100)} %`,
    fmt(r.selectedMs),
    fmt(r.readMs),
    fmt(r.bareReadMs),
    fmt(r.readMs / r.bareReadMs, 2),
    `${r.left} / ${r.lost} of ${r.clickRuns}`,
    fmt(r.blockingMs),
  ])
  return formatTable(header, body, markdown)
}

/** Lighthouse mobile figures of the rows that have them. */
export function lighthouseTable(rows: readonly BrowserRow[], markdown = false): string {
  const header = ['glossary', 'page', 'categories', 'performance', 'LCP ms', 'TBT ms', 'FCP ms']
  const body = rows.flatMap((r) =>
    (r.lighthouse ?? []).map((l) => [
      r.name,
      l.page,
      l.categories,
      fmt(l.score),
      fmt(l.lcpMs),
      fmt(l.tbtMs),
      fmt(l.fcpMs),
    ]),
  )
  return formatTable(header, body, markdown)
}
