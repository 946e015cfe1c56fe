import { expect, test } from '@playwright/test'
import { panel, visibleNodes, waitForGraph } from './helpers'

test.describe('bad links', () => {
  test('unknown and malformed values are named in dismissible notices; the rest still applies', async ({
    page,
  }) => {
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto('/?term=xyz&depth=9&concepts=attention,nope&kinds=bogus&focus=mqa')
    await expect(page.getByText('找不到术语 "xyz"')).toBeVisible()
    await expect(page.getByText('深度 "9" 无效（应为 1–3）')).toBeVisible()
    await expect(page.getByText('找不到概念 "nope"')).toBeVisible()
    await expect(page.getByText('关系类型 "bogus" 无效')).toBeVisible()
    // The valid parts still apply: focus on MQA filtered to the attention concept.
    await expect(page.getByRole('list', { name: '当前筛选' })).toContainText('聚焦：MQA')
    await waitForGraph(page)
    expect(await visibleNodes(page)).toContain('mqa')
    await page.getByRole('button', { name: /关闭提示：找不到术语 "xyz"/ }).click()
    await expect(page.getByText('找不到术语 "xyz"')).toBeHidden()
    await expect(page.getByText('深度 "9" 无效（应为 1–3）')).toBeVisible()
    expect(errors).toEqual([])
  })

  test('hostile values are shown as text and never break the page', async ({ page }) => {
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`)
      void d.dismiss()
    })
    await page.goto(`/?term=${encodeURIComponent('<img src=x onerror=alert(1)>')}&view=%E2%80%AE&q=%25`)
    await expect(page.getByText('找不到术语 "<img src=x onerror=alert(1)>"')).toBeVisible()
    await expect(panel(page).getByRole('heading', { name: '探索「大模型专业术语对照」' })).toBeVisible()
    expect(errors).toEqual([])
  })

  test('an unknown term page is a 404 with a way back', async ({ page }) => {
    const res = await page.goto('/term/no-such-term/')
    expect(res?.status()).toBe(404)
    await expect(page.getByRole('link', { name: '返回术语图谱' })).toBeVisible()
  })

  test('a filter that leaves nothing shows an empty state with a reset', async ({ page }) => {
    await page.goto('/?kinds=&isolated=hide')
    await expect(page.getByText('当前筛选条件下没有术语。')).toBeVisible()
    await page.getByRole('button', { name: '重置筛选' }).click()
    await expect(page.getByText('当前筛选条件下没有术语。')).toBeHidden()
    await expect(page).not.toHaveURL(/kinds|isolated|concepts/)
  })
})

test.describe('loading the graph', () => {
  test('a slow graph shows a loading state; a failed one an error with retry', async ({ page }) => {
    let fail = true
    await page.route('**/graph.json', async (route) => {
      await new Promise((r) => setTimeout(r, 1500))
      if (fail) await route.fulfill({ status: 500, body: 'nope' })
      else await route.continue()
    })
    // The graph is preloaded with the HTML, so the page's load event waits for it: look as soon
    // as the page starts to arrive, as a reader would.
    await page.goto('/?term=mqa', { waitUntil: 'commit' })
    await expect(page.getByText('正在加载术语图谱…')).toBeVisible()
    await expect(page.getByRole('alert').filter({ hasText: '术语图谱加载失败' })).toBeVisible()
    fail = false
    await page.getByRole('button', { name: '重试' }).click()
    await expect(
      page.getByRole('complementary').getByRole('heading', { level: 2, name: 'MQA' }),
    ).toBeVisible()
  })

  test('the explorer logs no errors while a reader uses it', async ({ page }) => {
    const errors: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text())
    })
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto('/?term=mqa&focus=mqa&depth=2')
    await expect(
      page.getByRole('complementary').getByRole('heading', { level: 2, name: 'MQA' }),
    ).toBeVisible()
    await page.getByRole('button', { name: '列表视图' }).click()
    await page.getByRole('button', { name: '列表视图' }).click()
    await page.waitForFunction(() => Boolean(window.cy))
    expect(errors).toEqual([])
  })
})
