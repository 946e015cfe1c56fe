import { expect, test } from '@playwright/test'
import { clickNode, panel, waitForGraph } from './helpers'

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

const noSideways = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) <= window.innerWidth)

test.describe('on a phone', () => {
  test('the graph fills the width and the term opens as a bottom sheet', async ({ page }) => {
    await page.goto('/')
    await waitForGraph(page)
    const canvas = await page.locator('.canvas').boundingBox()
    expect(canvas?.width).toBeGreaterThanOrEqual(389)
    // Nothing selected: only a one-line intro bar covers the bottom of the graph.
    expect((await panel(page).boundingBox())?.height ?? 999).toBeLessThan(80)
    await clickNode(page, 'rl')
    const sheet = panel(page)
    await expect(sheet.getByRole('heading', { level: 2, name: 'RL' })).toBeVisible()
    const box = await sheet.boundingBox()
    expect(box?.width).toBeGreaterThanOrEqual(389)
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeCloseTo(844, 0)
    expect(box?.height ?? 999).toBeLessThanOrEqual(844 * 0.55)
    expect(await noSideways(page)).toBe(true)
    await sheet.getByRole('button', { name: '关闭详情（Esc）' }).click()
    await expect(sheet.getByRole('heading', { level: 2, name: 'RL' })).toBeHidden()
  })

  test('filters, list view and term pages do not scroll sideways', async ({ page }) => {
    await page.goto('/?term=text2vec')
    expect(await noSideways(page)).toBe(true)
    await page.getByRole('button', { name: /^筛选/ }).click()
    await expect(page.getByRole('region', { name: '筛选' })).toBeVisible()
    expect(await noSideways(page)).toBe(true)
    await page.getByRole('button', { name: '列表视图' }).click()
    await expect(page.getByRole('heading', { name: /当前视图中的/ })).toBeVisible()
    expect(await noSideways(page)).toBe(true)
    await page.goto('/term/text2vec/')
    expect(await noSideways(page)).toBe(true)
  })

  test('the first view is readable without pinching, and the intro is reachable', async ({ page }) => {
    await page.goto('/')
    await waitForGraph(page)
    // The five most central terms (largest discs) label at 10 CSS px or more: font size × zoom.
    const sizes = await page.evaluate(() => {
      const cy = window.cy
      if (!cy) return []
      const zoom = cy.zoom()
      return cy
        .nodes('.term')
        .sort((a, b) => Number(b.data('size')) - Number(a.data('size')))
        .slice(0, 5)
        .map((n) => ({ id: n.id(), px: parseFloat(String(n.style('font-size'))) * zoom }))
    })
    expect(sizes).toHaveLength(5)
    for (const s of sizes) expect(s.px, `label of ${s.id}`).toBeGreaterThanOrEqual(10)
    // The layout uses the portrait screen: the drawing is taller than wide.
    const box = await page.evaluate(() => window.cy?.nodes().renderedBoundingBox({ includeLabels: false }))
    expect(box?.h ?? 0).toBeGreaterThan(box?.w ?? 0)
    await page.getByText('从这里开始 · 使用说明').click()
    await expect(panel(page).getByRole('heading', { name: '从这里开始' })).toBeVisible()
    // Tap targets are at least 24 px.
    for (const b of await page.getByRole('button').filter({ visible: true }).all()) {
      const r = await b.boundingBox()
      expect(Math.min(r?.width ?? 0, r?.height ?? 0), await b.innerText()).toBeGreaterThanOrEqual(24)
    }
  })

  test('a selected term’s neighbours keep their whole names on screen, above the sheet', async ({ page }) => {
    await page.goto('/?term=mqa')
    await waitForGraph(page)
    await expect(panel(page).getByRole('heading', { level: 2, name: 'MQA' })).toBeVisible()
    const canvas = await page.locator('.canvas').boundingBox()
    const sheet = await panel(page).boundingBox()
    const height = (sheet?.y ?? 0) - (canvas?.y ?? 0)
    const offScreen = () =>
      page.evaluate((visibleHeight) => {
        const cy = window.cy
        if (!cy) return ['no canvas']
        return cy
          .getElementById('mqa')
          .closedNeighborhood()
          .nodes()
          .filter((n) => {
            const b = n.renderedBoundingBox({ includeLabels: true })
            return b.x1 < 0 || b.y1 < 0 || b.x2 > cy.width() || b.y2 > visibleHeight
          })
          .map((n) => n.id())
      }, height)
    await expect.poll(offScreen).toEqual([])
  })

  test('a long press on a term link previews it without leaving; a tap follows it', async ({ page }) => {
    await page.goto('/?term=zero')
    const mention = panel(page).locator('.definition').getByRole('link', { name: 'deepspeed' })
    await expect(mention).toBeVisible()
    const box = await mention.boundingBox()
    const point = { x: (box?.x ?? 0) + (box?.width ?? 0) / 2, y: (box?.y ?? 0) + (box?.height ?? 0) / 2 }
    // Playwright taps but does not hold: the press goes through the browser's own touch input.
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] })
    const card = page.getByRole('tooltip')
    await expect(card).toContainText('微软发布的基于PyTorch的分布式训练库')
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
    await expect(page).toHaveURL(/[?&]term=zero(&|$)/)
    await expect(panel(page).getByRole('heading', { level: 2, name: 'ZeRO' })).toBeVisible()
    await mention.tap()
    await expect(page).toHaveURL(/[?&]term=deepspeed(&|$)/)
    await expect(panel(page).getByRole('heading', { level: 2, name: 'DeepSpeed' })).toBeVisible()
  })
})
