import { expect, test } from '@playwright/test'
import { guard, waitForGraph } from './helpers'

/**
 * A second site, built from e2e/fixtures/xss-glossary.md for the sub-path /fixture-glossary/
 * (the `fixture-site` project, served from out-fixture/ as GitHub Pages would): glossary text
 * that looks like HTML is shown as characters, never run, and everything works under the
 * sub-path. Paths here are relative to the sub-path (no leading slash).
 */

test('HTML in a definition or label stays text on term pages and in titles', async ({ page }) => {
  const events = guard(page)
  await page.goto('term/alpha/')
  await expect(page.locator('.definition')).toContainText('<img src=x onerror=alert(1)>')
  await expect(page.locator('main img')).toHaveCount(0)
  await page.goto('term/zeta-img-src-y-onerror-alert-2/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zeta <img src=y onerror=alert(2)>')
  await expect(page).toHaveTitle(/^Zeta <img src=y onerror=alert\(2\)>/)
  await page.goto('term/beta/')
  await expect(page.locator('.definition')).toContainText('<script>alert("beta")</script>')
  expect(events).toEqual([])
})

test('the site works under its sub-path: explorer, graph, term pages and links', async ({ page }) => {
  const events = guard(page)
  const missing: string[] = []
  page.on('response', (response) => {
    if (response.status() >= 400) missing.push(response.url())
  })
  await page.goto('./')
  await expect(page).toHaveURL(/\/fixture-glossary\/$/)
  await waitForGraph(page)
  await page.goto('term/alpha/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const explorerLink = page.getByRole('link', { name: /在术语图谱中查看/ })
  await expect(explorerLink).toHaveAttribute('href', /^\/fixture-glossary\//)
  const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content')
  expect(ogImage).toContain('/fixture-glossary/og/')
  expect(missing).toEqual([])
  expect(events).toEqual([])
})
