import { expect, test } from '@playwright/test'

// Run with `SCREENSHOTS=1 npx playwright test`; writes the images used in the README.
test('desktop screenshot', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto('/?term=grouped-query-attention')
  await expect(page.getByRole('heading', { level: 2, name: 'Grouped query attention' })).toBeVisible()
  await page.waitForTimeout(800)
  await page.screenshot({ path: 'e2e/screenshots/desktop.png' })
})

test('phone screenshot', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/?term=mqa')
  await expect(page.getByRole('heading', { level: 2, name: 'MQA' })).toBeVisible()
  await page.waitForTimeout(800)
  await page.screenshot({ path: 'e2e/screenshots/phone.png' })
})

test('overview screenshot', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto('/')
  await page.waitForFunction(() => Boolean(window.cy))
  await page.waitForTimeout(800)
  await page.screenshot({ path: 'e2e/screenshots/overview.png' })
})
