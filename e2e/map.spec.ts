/**
 * The map of a big glossary (the `map-site` project: the bundled glossary built with
 * `--map-above 20`, lib/tools/build-fixture-site.mjs), read like a reader would: group names over
 * their regions, edges only for what the reader picks, filters that keep the regions.
 */
import { expect, test, type Page } from '@playwright/test'
import { clickNode, waitForGraph } from './helpers'

/** Edges Cytoscape draws now. */
const drawnEdges = (page: Page) =>
  page.evaluate(() => window.cy?.edges(':visible').map((e) => `${e.source().id()}→${e.target().id()}`) ?? [])

/**
 * The group names on screen, each with whether its centre lies over its group: the region of
 * the terms that share the colour of the term the group is named after.
 */
const namesOverGroups = (page: Page) =>
  page.evaluate(() => {
    const cy = window.cy
    if (!cy) return []
    return [...document.querySelectorAll<HTMLElement>('.map-labels:not([hidden]) span')]
      .filter((span) => !span.hidden && span.style.visibility !== 'hidden')
      .map((span) => {
        const name = span.textContent ?? ''
        const named = cy.nodes().filter((n) => n.data('label') === name)
        const color = named.nonempty() ? String(named.first().data('color')) : ''
        const region = cy
          .nodes()
          .filter((n) => n.data('color') === color)
          .renderedBoundingBox()
        const r = span.getBoundingClientRect()
        const c = cy.container()?.getBoundingClientRect() ?? { left: 0, top: 0 }
        const x = r.left + r.width / 2 - c.left
        const y = r.top + r.height / 2 - c.top
        const slack = r.width / 2
        return {
          name,
          over: x >= region.x1 - slack && x <= region.x2 + slack && y >= region.y1 && y <= region.y2,
          onScreen: r.left >= 0 && r.right <= window.innerWidth,
        }
      })
  })

test.describe('the map of groups', () => {
  test('the overview names each group over its region and draws no edges; the picture is the image', async ({
    page,
  }) => {
    const html = await (await page.request.get('/')).text()
    expect(html).toMatch(/<img[^>]*data-graph-preview/)
    expect(html).not.toMatch(/<svg[^>]*data-graph-preview/)
    await page.goto('/')
    await waitForGraph(page)
    await expect.poll(async () => (await namesOverGroups(page)).length).toBeGreaterThanOrEqual(3)
    for (const n of await namesOverGroups(page))
      expect(n, n.name).toEqual({ name: n.name, over: true, onScreen: true })
    expect(await drawnEdges(page)).toEqual([])
  })

  test('picking a term draws its edges; letting it go hides them again', async ({ page }) => {
    await page.goto('/')
    await waitForGraph(page)
    await clickNode(page, 'mqa')
    await expect(page).toHaveURL(/[?&]term=mqa/)
    await expect.poll(async () => (await drawnEdges(page)).length).toBeGreaterThan(0)
    for (const e of await drawnEdges(page)) expect(e).toContain('mqa')
    await page.mouse.move(5, 5)
    await page.keyboard.press('Escape')
    await expect(page).not.toHaveURL(/[?&]term=/)
    await expect.poll(() => drawnEdges(page)).toEqual([])
  })

  test('a group filter keeps its terms where the map put them, and draws their edges', async ({ page }) => {
    await page.goto('/')
    await waitForGraph(page)
    const where = () => page.evaluate(() => window.cy?.getElementById('mqa').position())
    const home = await where()
    await page.getByRole('button', { name: /^注意力 \d+$/ }).click()
    await expect(page).toHaveURL(/[?&]group=\d+/)
    await waitForGraph(page)
    expect(await where()).toEqual(home)
    await expect.poll(async () => (await drawnEdges(page)).length).toBeGreaterThan(0)
    // A part of the map small enough to read: its edges speak for it, the names step aside.
    await expect(page.locator('.map-labels')).toBeHidden()
  })
})

test.describe('the map on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test('the names follow the turned drawing and stay on screen', async ({ page }) => {
    await page.goto('/')
    await waitForGraph(page)
    await expect.poll(async () => (await namesOverGroups(page)).length).toBeGreaterThanOrEqual(2)
    for (const n of await namesOverGroups(page))
      expect(n, n.name).toEqual({ name: n.name, over: true, onScreen: true })
  })
})
