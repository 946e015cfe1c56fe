import { expect, test } from '@playwright/test'

test.describe('term pages', () => {
  test.use({ javaScriptEnabled: false })

  test('a term page is readable without JavaScript and links into the explorer', async ({ page }) => {
    await page.goto('/term/grouped-query-attention/')
    await expect(page.getByRole('heading', { level: 1, name: 'Grouped query attention' })).toBeVisible()
    await expect(page.locator('.definition')).toHaveText('基于MQA改进的注意力机制')
    await expect(page.getByRole('heading', { name: '它提到的术语' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'MQA', exact: true }).first()).toHaveAttribute(
      'href',
      '/term/mqa/',
    )
    await expect(page.getByRole('link', { name: '在术语图谱中查看' })).toHaveAttribute(
      'href',
      '/?term=grouped-query-attention&focus=grouped-query-attention',
    )
    await expect(page).toHaveTitle('Grouped query attention · 大模型专业术语对照')
    const description = page.locator('meta[name="description"]')
    await expect(description).toHaveAttribute('content', /基于MQA改进的注意力机制/)
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
      'content',
      'Grouped query attention',
    )
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  })

  test('a term page links to related term pages that work without JavaScript', async ({ page }) => {
    await page.goto('/term/mqa/')
    await page.getByRole('link', { name: 'Grouped query attention' }).first().click()
    await expect(page).toHaveURL(/\/term\/grouped-query-attention\/$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Grouped query attention')
  })

  test('a URL in a definition is a safe external link', async ({ page }) => {
    await page.goto('/term/text2vec/')
    const link = page.getByRole('link', { name: /huggingface\.co/ })
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    await expect(link).toHaveAttribute('target', '_blank')
  })

  test('without JavaScript the home page lists every term page', async ({ page }) => {
    await page.goto('/')
    await expect(
      page.getByRole('navigation', { name: '全部术语' }).getByRole('link', { name: 'RL', exact: true }),
    ).toHaveAttribute('href', '/term/rl/')
  })
})
