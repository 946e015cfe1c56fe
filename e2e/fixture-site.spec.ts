import { expect, test } from '@playwright/test'
import { clickNode, guard, panel, waitForGraph } from './helpers'

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

test.describe('terms named like the properties every JavaScript object has', () => {
  // [label as written, node key]: "constructor" is never a key (slugs avoid Object.prototype's names).
  const TERMS = [
    ['Constructor', 'constructor-2'],
    ['__proto__', 'proto'],
    ['toString', 'tostring'],
    ['hasOwnProperty', 'hasownproperty'],
    ['valueOf', 'valueof'],
  ] as const

  test('the explorer draws them with their links, and a click opens the term', async ({ page }) => {
    const events = guard(page)
    await page.goto('./')
    await waitForGraph(page)
    const drawn = await page.evaluate(
      (keys) =>
        keys.map((key) => {
          const node = window.cy?.getElementById(key)
          return node && !node.empty() ? [String(node.data('label')), node.degree(false) > 0] : null
        }),
      TERMS.map(([, key]) => key),
    )
    expect(drawn).toEqual(TERMS.map(([label]) => [label, true]))
    await clickNode(page, 'constructor-2')
    await expect(page).toHaveURL(/[?&]term=constructor-2/)
    await expect(panel(page).getByRole('heading', { level: 2, name: 'Constructor' })).toBeVisible()
    await expect(panel(page).getByRole('link', { name: '__proto__' }).first()).toBeVisible()
    await expect(page.getByText(/couldn.t load/i)).toHaveCount(0)
    expect(events).toEqual([])
  })

  for (const [label, key] of TERMS) {
    test(`a link to ${label} opens the explorer on it, and its neighbourhood`, async ({ page }) => {
      const events = guard(page)
      await page.goto(`./?term=${key}&focus=${key}&depth=1`)
      await expect(panel(page).getByRole('heading', { level: 2, name: label })).toBeVisible()
      await expect
        .poll(() => page.evaluate((id) => window.cy?.getElementById(id).length ?? 0, key), {
          timeout: 15_000,
        })
        .toBe(1)
      await expect(page.getByText(/couldn.t load/i)).toHaveCount(0)
      expect(events).toEqual([])
    })
  }
})
