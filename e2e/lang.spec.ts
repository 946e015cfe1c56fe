import { expect, test } from '@playwright/test'
import { panel, waitForGraph } from './helpers'

// The bundled glossary is Chinese, so the site defaults to the Chinese UI; `?lang=en` switches it.
test.describe('UI language', () => {
  test('?lang=en shows the English UI around the untranslated glossary', async ({ page }) => {
    await page.goto('/?lang=en')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('combobox', { name: 'Search terms' })).toHaveAttribute(
      'placeholder',
      'Search terms: Chinese, English, abbreviation or pinyin',
    )
    await expect(page.getByRole('button', { name: 'Filters' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'List view' })).toBeVisible()
    const p = panel(page)
    // The glossary's title stays as written inside the English heading.
    await expect(p.getByRole('heading', { level: 2 })).toHaveText('Explore “大模型专业术语对照”')
    await expect(p.getByRole('heading', { level: 3, name: 'Start here' })).toBeVisible()
    await expect(p).toContainText('all extracted from the glossary')
    await expect(page.locator('.legend summary').filter({ visible: true })).toContainText('Legend')
    // The static picture's Chinese shell is gone once the explorer has taken over.
    await expect(page.getByText('图例')).toBeHidden()
    await expect(page.getByText('筛选', { exact: true })).toBeHidden()
  })

  test('the toggle switches back to Chinese and writes it into the URL', async ({ page }) => {
    await page.goto('/?lang=en')
    await waitForGraph(page)
    await page.getByRole('button', { name: '将界面切换为中文' }).click()
    await expect(page).toHaveURL(/[?&]lang=zh(&|$)/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
    await expect(page.getByRole('button', { name: '筛选' })).toBeVisible()
    await expect(page.getByRole('combobox', { name: '搜索术语' })).toBeVisible()
    await page.getByRole('button', { name: 'Switch the interface to English' }).click()
    await expect(page).toHaveURL(/[?&]lang=en(&|$)/)
    await expect(page.getByRole('button', { name: 'Filters' })).toBeVisible()
  })

  test('a selected term keeps the language when another term is selected', async ({ page }) => {
    await page.goto('/?lang=en&term=grouped-query-attention')
    await waitForGraph(page)
    const p = panel(page)
    await expect(p.getByRole('heading', { level: 3, name: 'Terms it mentions' })).toBeVisible()
    await p.getByRole('link', { name: 'MQA', exact: true }).first().click()
    await expect(page).toHaveURL(/[?&]term=mqa(&|$)/)
    await expect(page).toHaveURL(/[?&]lang=en(&|$)/)
    await expect(p.getByRole('button', { name: 'Focus neighbourhood' })).toBeVisible()
  })

  test('?lang=fr is named in a notice and the default language stays', async ({ page }) => {
    await page.goto('/?lang=fr')
    await expect(page.getByText('语言 "fr" 无效（应为 zh 或 en）')).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  })

  test('notices follow the UI language', async ({ page }) => {
    await page.goto('/?lang=en&depth=9')
    await expect(page.getByText('depth "9" is not valid (should be 1–3)')).toBeVisible()
  })

  test('static pages are in the glossary language and link to the other one', async ({ page }) => {
    await page.goto('/term/mqa/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
    await expect(page.getByRole('link', { name: '在术语图谱中查看' })).toBeVisible()
    await page.getByRole('link', { name: 'Read in English' }).click()
    await expect(page).toHaveURL(/[?&]lang=en(&|$)/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(panel(page).getByRole('button', { name: 'Unfocus' })).toBeVisible()
  })
})
