import { expect, test } from '@playwright/test'

test.describe('a maintainer checks the glossary on /health/', () => {
  test('sees what to fix, each at its file and line, and can open the term', async ({ page }) => {
    await page.goto('/health/')
    await expect(page.getByRole('heading', { level: 1, name: '词表体检' })).toBeVisible()

    const noDefinition = page.getByRole('region', { name: /没有释义的术语/ })
    await expect(noDefinition.getByRole('heading')).toHaveText('没有释义的术语（16）')
    await expect(noDefinition.getByRole('listitem').filter({ hasText: 'RoPE' })).toContainText(
      'glossary/glossary.md:81',
    )

    const misspellings = page.getByRole('region', { name: /疑似拼写错误/ })
    await expect(misspellings.getByRole('listitem').first()).toContainText('"Muti"')
    await expect(misspellings.getByRole('listitem').first()).toContainText('"multi"')

    const isolated = page.getByRole('region', { name: /孤立的术语/ })
    await isolated.getByRole('link', { name: 'Triton' }).click()
    await expect(page).toHaveURL(/\/term\/triton\/$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Triton' })).toBeVisible()
  })
})
