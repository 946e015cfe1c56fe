import { expect, test } from '@playwright/test'
import { guard } from './helpers'

/**
 * Static term pages built from e2e/fixtures/xss-glossary.md (the `fixture-site` project, served
 * from out-fixture/): glossary text that looks like HTML is shown as characters, never run.
 */

test('HTML in a definition or label stays text on term pages and in titles', async ({ page }) => {
  const events = guard(page)
  await page.goto('/term/alpha/')
  await expect(page.locator('.definition')).toContainText('<img src=x onerror=alert(1)>')
  await expect(page.locator('main img')).toHaveCount(0)
  await page.goto('/term/zeta-img-src-y-onerror-alert-2/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zeta <img src=y onerror=alert(2)>')
  await expect(page).toHaveTitle(/^Zeta <img src=y onerror=alert\(2\)>/)
  await page.goto('/term/beta/')
  await expect(page.locator('.definition')).toContainText('<script>alert("beta")</script>')
  expect(events).toEqual([])
})
