import { expect, test } from '@playwright/test'
import { panel, visibleNodes, waitForGraph } from './helpers'

test.describe('sharing a view', () => {
  test('a filtered view copied from the address bar reopens the same in a fresh browser', async ({
    page,
    browser,
  }) => {
    await page.goto('/?term=mqa')
    await page.getByRole('button', { name: /^筛选/ }).click()
    const filters = page.getByRole('region', { name: '筛选' })
    await filters.getByRole('checkbox', { name: /^注意力/ }).check()
    await filters.getByRole('checkbox', { name: /^归一化/ }).check()
    await filters.getByRole('checkbox', { name: /提及/ }).uncheck()
    await expect(page).toHaveURL(/concepts=attention%2Cnormalization|concepts=attention,normalization/)
    await expect(page).toHaveURL(/kinds=concept/)
    await waitForGraph(page)
    const shown = await visibleNodes(page)
    expect(shown).toContain('concept:attention')
    expect(shown).not.toContain('rl')
    await expect(page.getByRole('list', { name: '当前筛选' })).toContainText('概念：注意力')

    const url = page.url()
    const fresh = await browser.newContext()
    const other = await fresh.newPage()
    await other.goto(url)
    await expect(panel(other).getByRole('heading', { level: 2, name: 'MQA' })).toBeVisible()
    await waitForGraph(other)
    expect(await visibleNodes(other)).toEqual(shown)
    await expect(other.getByRole('list', { name: '当前筛选' })).toContainText('概念：归一化')
    await fresh.close()
  })

  test('the copy-link button copies the current address', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto('/?term=rl&focus=rl&depth=2')
    await panel(page).getByRole('button', { name: '复制链接' }).click()
    await expect(panel(page).getByText('已复制链接')).toBeVisible()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url())
  })

  test('Back and Forward walk through the terms the reader looked at; filters do not add steps', async ({
    page,
  }) => {
    await page.goto('/?term=grouped-query-attention')
    const heading = panel(page).getByRole('heading', { level: 2 })
    await expect(heading).toHaveText('Grouped query attention')
    await panel(page).getByRole('link', { name: 'MQA', exact: true }).first().click()
    await expect(heading).toHaveText('MQA')
    await panel(page).getByRole('button', { name: '聚焦邻域' }).click()
    await expect(page).toHaveURL(/focus=mqa/)
    await panel(page)
      .getByRole('link', { name: /^Muti-head Attention/ })
      .first()
      .click()
    await expect(heading).toHaveText('Muti-head Attention')

    await page.goBack()
    await expect(heading).toHaveText('MQA')
    await expect(page).toHaveURL(/focus=mqa/)
    await page.goBack()
    await expect(heading).toHaveText('Grouped query attention')
    await page.goForward()
    await expect(heading).toHaveText('MQA')
  })

  test('neighbourhood depth widens the focused view', async ({ page }) => {
    await page.goto('/?focus=mqa')
    await waitForGraph(page)
    const one = await visibleNodes(page)
    await page.getByRole('button', { name: /^筛选/ }).click()
    await page.getByRole('radio', { name: '2 层' }).check()
    await expect(page).toHaveURL(/depth=2/)
    await waitForGraph(page)
    const two = await visibleNodes(page)
    expect(two.length).toBeGreaterThan(one.length)
    expect(two).toEqual(expect.arrayContaining(one))
    await page.getByRole('region', { name: '筛选' }).getByRole('button', { name: '重置筛选' }).click()
    await expect(page).not.toHaveURL(/focus=|depth=/)
  })
})
