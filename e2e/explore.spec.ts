import { expect, test } from '@playwright/test'
import { clickNode, nodePoint, panel, visibleNodes, waitForGraph } from './helpers'

test.describe('exploring the graph', () => {
  test('a reader clicks a node and reads its definition and why it is linked', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { name: '探索「大模型专业术语对照」' })).toBeVisible()
    await clickNode(page, 'grouped-query-attention')
    await expect(page).toHaveURL(/[?&]term=grouped-query-attention/)
    const p = panel(page)
    await expect(p.getByRole('heading', { level: 2, name: 'Grouped query attention' })).toBeVisible()
    await expect(p.getByText('基于MQA改进的注意力机制').first()).toBeVisible()
    const mentions = p.getByRole('region', { name: /它提到的术语/ })
    await expect(mentions.getByRole('link', { name: 'MQA' })).toBeVisible()
    await expect(
      mentions.getByText('“基于MQA改进的注意力机制”').or(mentions.getByText('基于MQA改进的注意力机制')),
    ).toBeVisible()
    await expect(page).toHaveTitle(/Grouped query attention/)
  })

  test('clicking a related term selects it and centres the graph on it', async ({ page }) => {
    await page.goto('/?term=grouped-query-attention')
    await waitForGraph(page)
    await panel(page).getByRole('link', { name: 'MQA', exact: true }).first().click()
    await expect(page).toHaveURL(/[?&]term=mqa(&|$)/)
    await expect(panel(page).getByRole('heading', { level: 2, name: 'MQA' })).toBeVisible()
    await waitForGraph(page)
    const p = await nodePoint(page, 'mqa')
    expect(Math.abs(p.x - p.cx)).toBeLessThan(30)
    expect(Math.abs(p.y - p.cy)).toBeLessThan(30)
  })

  test('a concept shows its members and can narrow the graph to them', async ({ page }) => {
    await page.goto('/?term=mqa')
    await panel(page).getByRole('button', { name: '成员' }).first().click()
    await expect(page).toHaveURL(/[?&]concept=attention/)
    const p = panel(page)
    await expect(p.getByRole('heading', { level: 2, name: '注意力' })).toBeVisible()
    await expect(p.getByRole('link', { name: /Muti-head Attention/ })).toBeVisible()
    const members = await p.getByRole('link').count()
    await p.getByRole('button', { name: '只看这个概念' }).click()
    await expect(page).toHaveURL(/[?&]concepts=attention/)
    await waitForGraph(page)
    expect(await visibleNodes(page)).toHaveLength(members + 1)
  })

  test('hovering a node dims everything outside its neighbourhood', async ({ page }) => {
    await page.goto('/')
    const p = await nodePoint(page, 'mqa')
    await page.mouse.move(p.x, p.y)
    await expect.poll(() => page.evaluate(() => window.cy?.$('.faded').length ?? 0)).toBeGreaterThan(10)
    expect(
      await page.evaluate(() => window.cy?.getElementById('grouped-query-attention').hasClass('faded')),
    ).toBe(false)
  })

  test('zoom controls zoom and fit the canvas', async ({ page }) => {
    await page.goto('/')
    await waitForGraph(page)
    const zoom = () => page.evaluate(() => window.cy?.zoom() ?? 0)
    const before = await zoom()
    await page.getByRole('button', { name: '放大' }).click()
    await expect.poll(zoom).toBeGreaterThan(before * 1.2)
    await page.getByRole('button', { name: '适应窗口' }).click()
    await expect.poll(zoom).toBeCloseTo(before, 2)
  })
})
