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

test('path screenshot', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto('/?from=mqa&to=rlhf')
  await expect(page.getByRole('heading', { level: 2, name: 'MQA 与 RLHF' })).toBeVisible()
  await page.waitForFunction(() => Boolean(window.cy?.$('.on-path').length && !window.cy.animated()))
  await page.waitForTimeout(500)
  await page.screenshot({ path: 'e2e/screenshots/path.png' })
})

test('preview screenshot', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.goto('/?term=zero')
  await page.locator('.definition').getByRole('link', { name: 'deepspeed' }).hover()
  await expect(page.getByRole('tooltip')).toBeVisible()
  await page.waitForTimeout(500)
  await page.screenshot({ path: 'e2e/screenshots/preview.png' })
})

// Not in the README: views checked by eye for cut-off or overlapping text.
for (const [name, url] of [
  ['phone-first', '/'],
  ['phone-path', '/?from=mqa&to=rlhf'],
] as const) {
  test(`${name} screenshot`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(url)
    await page.waitForFunction(() => Boolean(window.cy && !window.cy.animated()))
    await page.waitForTimeout(800)
    await page.screenshot({ path: `test-results/${name}.png` })
  })
}
