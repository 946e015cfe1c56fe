import { expect, test, type Page } from '@playwright/test'
import { clickNode, nodePoint, visibleNodes, waitForGraph } from './helpers'

/** Visible nodes whose drawn disc pokes out of the canvas. */
const outside = (page: Page) =>
  page.evaluate(() => {
    const cy = window.cy
    if (!cy) return ['no canvas']
    const w = cy.width()
    const h = cy.height()
    return cy
      .nodes(':visible')
      .filter((n) => {
        const b = n.renderedBoundingBox({ includeLabels: false })
        return b.x1 < 0 || b.y1 < 0 || b.x2 > w || b.y2 > h
      })
      .map((n) => n.id())
  })

test.describe('the canvas', () => {
  test('opening the filter sheet refits: every node stays inside the canvas', async ({ page }) => {
    await page.goto('/')
    await waitForGraph(page)
    await page.getByRole('button', { name: /^筛选/ }).click()
    await expect(page.getByRole('region', { name: '筛选' })).toBeVisible()
    await expect.poll(() => outside(page)).toEqual([])
  })

  test('a focus filter lays out the neighbourhood around the term; clearing restores positions', async ({
    page,
  }) => {
    await page.goto('/')
    await waitForGraph(page)
    const where = () => page.evaluate(() => window.cy?.getElementById('mqa').position())
    const home = await where()
    await page.goto('/?focus=mqa&depth=2')
    await waitForGraph(page)
    await expect.poll(() => outside(page)).toEqual([])
    await page.getByRole('button', { name: /移除筛选：聚焦/ }).click()
    await waitForGraph(page)
    await expect.poll(where).toEqual(home)
  })

  test('a selection keeps its neighbourhood lit; clicking empty canvas deselects', async ({ page }) => {
    await page.goto('/')
    await clickNode(page, 'mqa')
    await expect(page).toHaveURL(/[?&]term=mqa/)
    await page.mouse.move(2, 2)
    const dimmed = (id: string) => page.evaluate((k) => window.cy?.getElementById(k).hasClass('dim'), id)
    expect(await dimmed('grouped-query-attention')).toBe(false)
    expect(await dimmed('rl')).toBe(true)
    // An empty spot: the canvas's top-left corner.
    const box = await page.getByRole('application').boundingBox()
    await page.mouse.click((box?.x ?? 0) + 8, (box?.y ?? 0) + 8)
    await expect(page).not.toHaveURL(/[?&]term=/)
    expect(await dimmed('rl')).toBe(false)
  })

  test('the legend names groups by what they share; clicking one filters to it', async ({ page }) => {
    await page.goto('/')
    await waitForGraph(page)
    const group = page.getByRole('button', { name: /^注意力 \d+$/ })
    await group.click()
    await expect(page).toHaveURL(/[?&]group=\d+/)
    await expect(group).toHaveAttribute('aria-pressed', 'true')
    await expect(page.getByRole('button', { name: '移除筛选：分组：注意力' })).toBeVisible()
    await waitForGraph(page)
    const colours = await page.evaluate(() => [
      ...new Set(window.cy?.nodes('.term:visible').map((n) => String(n.data('color')))),
    ])
    expect(colours).toHaveLength(1)
    await expect.poll(() => outside(page)).toEqual([])
  })

  test('a long label is cut on the canvas and drawn whole when the reader points at it', async ({ page }) => {
    await page.goto('/')
    await waitForGraph(page)
    const drawnLabel = () =>
      page.evaluate(() => String(window.cy?.getElementById('grouped-query-attention').style('label')))
    await page.mouse.move(2, 2)
    // The name is longer than ten ems (about ten Chinese characters).
    await expect.poll(drawnLabel).toMatch(/^Grouped .+…$/)
    const p = await nodePoint(page, 'grouped-query-attention')
    await page.mouse.move(p.x, p.y)
    await expect.poll(drawnLabel).toBe('Grouped query attention')
  })

  test('a theme change keeps the filtered-out nodes hidden', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' })
    await page.goto('/?concepts=attention')
    await waitForGraph(page)
    const shown = await visibleNodes(page)
    expect(shown).toContain('concept:attention')
    expect(shown).not.toContain('rl')
    const label = () => page.evaluate(() => String(window.cy?.nodes('.term').first().style('color')))
    const before = await label()
    await page.getByRole('button', { name: /^主题：/ }).click()
    await page.getByRole('button', { name: /^主题：/ }).click()
    await expect.poll(label).not.toBe(before)
    expect(await visibleNodes(page)).toEqual(shown)
  })

  test('terms a filter took off come back in the current theme and the selection’s look', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' })
    await page.goto('/')
    await waitForGraph(page)
    const rl = () =>
      page.evaluate(() => {
        const node = window.cy?.getElementById('rl')
        return node?.nonempty() ? { label: String(node.style('color')), dim: node.hasClass('dim') } : null
      })
    const light = await rl()
    expect(light).toEqual({ label: expect.any(String), dim: false })
    await page.getByRole('button', { name: /^注意力 \d+$/ }).click()
    await expect(page).toHaveURL(/[?&]group=\d+/)
    await expect.poll(rl).toBeNull()
    // While RL is off the canvas: a selection and a theme change.
    await clickNode(page, 'mqa')
    await expect(page).toHaveURL(/[?&]term=mqa/)
    await page.getByRole('button', { name: /^主题：/ }).click()
    await page.getByRole('button', { name: /^主题：/ }).click()
    await page.getByRole('button', { name: '移除筛选：分组：注意力' }).click()
    await expect.poll(rl).toEqual({ label: expect.any(String), dim: true })
    expect((await rl())?.label).not.toBe(light?.label)
  })

  test('a stale graph-view.json drawn first is replaced whole by graph.json, even what a filter took off', async ({
    page,
  }) => {
    // The lean file drawn first is big enough to be drawn before graph.json (SIZES.leanFirst), names
    // 1,000 terms graph.json does not have, and calls RL by an old name.
    await page.route('**/graph-view.json', async (route) => {
      const view = await (await route.fetch()).json()
      view.labels[view.keys.indexOf('rl')] = 'OLD NAME'
      for (let i = 0; i < 1000; i++) {
        view.keys.push(`gone-${i}`)
        view.labels.push(`gone ${i}`)
        view.kinds.push(0)
        view.communities.push(0)
        view.pageranks.push(0.0001)
        view.xs.push(view.xs[i % 63] + (i % 7))
        view.ys.push(view.ys[i % 63] + (i % 5))
      }
      await route.fulfill({ json: view })
    })
    let release = () => {}
    const released = new Promise<void>((done) => (release = done))
    await page.route('**/graph.json', async (route) => {
      await released
      await route.continue()
    })
    await page.goto('/?concepts=attention')
    await waitForGraph(page)
    release()
    await expect(page.locator('.loading-note')).toHaveCount(0)
    await waitForGraph(page)
    await page
      .getByRole('button', { name: /^移除筛选/ })
      .first()
      .click()
    const drawn = () =>
      page.evaluate(() => {
        const cy = window.cy
        return cy
          ? { gone: cy.nodes('[id ^= "gone-"]').length, rl: String(cy.getElementById('rl').data('label')) }
          : null
      })
    await expect.poll(drawn).toEqual({ gone: 0, rl: expect.not.stringMatching('OLD NAME') })
    expect((await drawn())?.rl).toMatch(/RL|强化学习/)
  })
})
