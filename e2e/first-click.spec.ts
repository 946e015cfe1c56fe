/**
 * The first click on the graph picture always works: a reader who clicks (or taps) a term the
 * moment the picture shows it gets that term in the explorer, in place, whether the explorer's
 * JavaScript has run yet or not, and never lands on the static term page instead.
 */
import { expect, test, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { panel } from './helpers'

/** The most central term of the built graph that has a definition: a big node a reader reaches for. */
function centralTerm(): { slug: string; label: string } {
  const graph: unknown = JSON.parse(readFileSync('public/graph.json', 'utf8'))
  const nodes: unknown = typeof graph === 'object' && graph !== null ? Reflect.get(graph, 'nodes') : []
  let best = { slug: '', label: '', pagerank: -1 }
  for (const n of Array.isArray(nodes) ? nodes : []) {
    const a: unknown = typeof n === 'object' && n !== null ? Reflect.get(n, 'attributes') : undefined
    if (typeof a !== 'object' || a === null || Reflect.get(a, 'kind') !== 'term') continue
    const [slug, label, pagerank, definition]: unknown[] = ['slug', 'label', 'pagerank', 'definition'].map(
      (k) => Reflect.get(a, k),
    )
    if (
      typeof definition === 'string' &&
      definition !== '' &&
      typeof slug === 'string' &&
      typeof label === 'string' &&
      typeof pagerank === 'number' &&
      pagerank > best.pagerank
    )
      best = { slug, label, pagerank }
  }
  return best
}
const term = centralTerm()

/**
 * Holds back the scripts the page requests from now on until `release` is called, so the reader
 * acts while they are missing: before hydration when called before the page loads, or while the
 * canvas's own code is on its way when called once the explorer is up.
 */
async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {}
  const gate = new Promise<void>((done) => (release = done))
  await page.route(/\.js(\?.*)?$/, async (route) => {
    await gate
    await route.continue()
  })
  return release
}

/** Every page the tab loaded after the first (a click that left the explorer shows up here). */
function pagesLoaded(page: Page): string[] {
  const loaded: string[] = []
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) loaded.push(new URL(frame.url()).pathname)
  })
  return loaded
}

/** The term's node in the picture on screen (the static HTML's, or the explorer's copy of it). */
const pictureNode = (page: Page, slug: string) =>
  page.locator(`.graph-preview:visible a[href$="/term/${slug}/"] circle`)

/** The canvas, once there, has the term selected. */
const canvasPicked = (page: Page, slug: string) =>
  expect
    .poll(() => page.evaluate((id) => window.cy?.getElementById(id).hasClass('picked') ?? false, slug), {
      timeout: 15_000,
    })
    .toBe(true)

async function opensInPlace(page: Page, act: (node: ReturnType<typeof pictureNode>) => Promise<void>) {
  const loaded = pagesLoaded(page)
  const release = await holdScripts(page)
  await page.goto('/', { waitUntil: 'commit' })
  const node = pictureNode(page, term.slug)
  await act(node)
  // Before any of the explorer's code has run: the URL says so and the picture marks the term.
  await expect(page).toHaveURL(new RegExp(`/\\?term=${term.slug}$`))
  await expect(node.locator('..')).toHaveClass(/gp-picked/)
  // The reader reads at once: the first view's panel names the term and gives its definition.
  await expect(page.locator('[data-first-panel] h2')).toHaveText(term.label)
  await expect(page.locator('[data-first-panel] .definition')).not.toBeEmpty()
  release()
  await expect(panel(page).getByRole('heading', { level: 2, name: term.label })).toBeVisible()
  await expect(panel(page).locator('.definition')).not.toBeEmpty()
  await canvasPicked(page, term.slug)
  expect(loaded.filter((p) => p.includes('/term/'))).toEqual([])
}

test.describe('a click on the picture before the canvas is ready opens the term in place', () => {
  test('before the explorer has started (a click on the static HTML)', async ({ page }) => {
    await opensInPlace(page, (node) => node.click())
  })

  test('while the canvas starts (the explorer is up, Cytoscape is not)', async ({ page }) => {
    const loaded = pagesLoaded(page)
    await page.goto('/')
    // The explorer is up: its own search box (the first view's is hidden from assistive technology).
    await expect(page.getByRole('combobox')).toBeVisible()
    expect(await page.evaluate(() => window.cy === undefined)).toBe(true)
    // The canvas's code is requested at the reader's first gesture: keep it on its way.
    const release = await holdScripts(page)
    await pictureNode(page, term.slug).click()
    await expect(page).toHaveURL(new RegExp(`[?&]term=${term.slug}(&|$)`))
    await expect(panel(page).getByRole('heading', { level: 2, name: term.label })).toBeVisible()
    expect(await page.evaluate(() => window.cy === undefined)).toBe(true)
    release()
    await canvasPicked(page, term.slug)
    // Selecting is navigation inside the explorer: Back closes the panel, still on the explorer.
    await page.goBack()
    await expect(page).not.toHaveURL(/term=/)
    await expect(panel(page).getByRole('heading', { level: 2, name: term.label })).toBeHidden()
    expect(loaded.filter((p) => p.includes('/term/'))).toEqual([])
  })

  test('a concept opens the concept, as on the canvas', async ({ page }) => {
    const release = await holdScripts(page)
    await page.goto('/', { waitUntil: 'commit' })
    const concept = page.locator('.graph-preview:visible [data-node^="concept:"]').first()
    const key = await concept.getAttribute('data-node')
    const label = await concept.locator('text').textContent()
    await concept.locator('polygon').click()
    await expect(page).toHaveURL(new RegExp(`[?&]concept=${(key ?? '').replace('concept:', '')}$`))
    release()
    await expect(panel(page).getByRole('heading', { level: 2, name: label ?? '' })).toBeVisible()
  })

  test('a click with ctrl still opens the term page (in a new tab)', async ({ page, context }) => {
    const release = await holdScripts(page)
    await page.goto('/', { waitUntil: 'commit' })
    const opened = context.waitForEvent('page')
    await pictureNode(page, term.slug).click({ modifiers: ['ControlOrMeta'] })
    await (await opened).waitForURL(new RegExp(`/term/${term.slug}/$`))
    await expect(page).toHaveURL(/\/$/)
    release()
  })
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test('a tap on the picture before the explorer has started opens the term in place', async ({ page }) => {
    await opensInPlace(page, (node) => node.tap())
  })
})
