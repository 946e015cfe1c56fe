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
    // Nothing selected: no sheet covers the graph.
    await expect(panel(page)).toBeHidden()
    await clickNode(page, 'rl')
    const sheet = panel(page)
    await expect(sheet.getByRole('heading', { level: 2, name: 'RL' })).toBeVisible()
    const box = await sheet.boundingBox()
    expect(box?.width).toBeGreaterThanOrEqual(389)
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeCloseTo(844, 0)
    expect(box?.height ?? 999).toBeLessThanOrEqual(844 * 0.55)
    expect(await noSideways(page)).toBe(true)
    await sheet.getByRole('button', { name: '关闭详情（Esc）' }).click()
    await expect(panel(page)).toBeHidden()
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
})
