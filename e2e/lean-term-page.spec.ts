import { gzipSync } from 'node:zlib'
import { expect, test, type Page } from '@playwright/test'
import { waitForGraph } from './helpers'

/** Text only the explorer's code carries: Cytoscape, the search index, the explorer's data fetch. */
const EXPLORER_MARKERS = ['cytoscape', 'MiniSearch:', 'graph-view.json']

/**
 * Every URL the page requests while it loads and settles, including what Next prefetches for
 * its links once the browser is idle (a prefetched route brings its chunks and preloads along).
 */
async function requestsOf(page: Page, path: string, ready?: () => Promise<void>): Promise<URL[]> {
  const urls: URL[] = []
  page.on('request', (r) => urls.push(new URL(r.url())))
  await page.goto(path)
  await page.waitForLoadState('networkidle')
  await ready?.()
  // Next prefetches visible links when the browser is idle: let it be idle, then let those requests end.
  await page.evaluate(() => new Promise((done) => requestIdleCallback(() => requestIdleCallback(done))))
  await page.waitForLoadState('networkidle')
  return urls
}

/** Bodies of the scripts among `urls`, fetched again from the server. */
async function scriptsOf(page: Page, urls: URL[]) {
  const scripts = urls.filter((u) => u.pathname.endsWith('.js'))
  return Promise.all(
    scripts.map(async (u) => ({ path: u.pathname, body: await (await page.request.get(u.href)).text() })),
  )
}

const markersIn = (body: string) => EXPLORER_MARKERS.filter((m) => body.includes(m))

test.describe('term pages stay lean', () => {
  test('a term page loads no explorer, Cytoscape or search code, and no graph data', async ({ page }) => {
    const urls = await requestsOf(page, '/term/rl/')
    expect(urls.map((u) => u.pathname).filter((p) => /graph(-view)?\.json$/.test(p))).toEqual([])
    const scripts = await scriptsOf(page, urls)
    expect(scripts.length).toBeGreaterThan(0)
    for (const s of scripts) expect(markersIn(s.body), s.path).toEqual([])
    const gzip = scripts.reduce((sum, s) => sum + gzipSync(s.body).length, 0)
    const raw = scripts.reduce((sum, s) => sum + Buffer.byteLength(s.body), 0)
    test.info().annotations.push({
      type: 'term page JavaScript',
      description: `${scripts.length} scripts, ${(raw / 1024).toFixed(0)} KiB, ${(gzip / 1024).toFixed(0)} KiB gzip`,
    })
  })

  test('the markers do find the explorer where it is loaded', async ({ page }) => {
    const scripts = await scriptsOf(page, await requestsOf(page, '/', () => waitForGraph(page)))
    const found = new Set(scripts.flatMap((s) => markersIn(s.body)))
    expect([...found].sort()).toEqual([...EXPLORER_MARKERS].sort())
  })
})
