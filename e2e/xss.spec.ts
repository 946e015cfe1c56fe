import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { guard, panel } from './helpers'

/**
 * Glossary text that looks like HTML must stay text. The fixture glossary is extracted once
 * (seconds) and served to the bundled explorer with page.route, so no second site build is needed.
 * Term pages are static HTML, so their part (fixture-site.spec.ts) runs against a second site
 * built from the fixture (`npm run build:fixture-site`).
 */
const FIXTURE = 'e2e/fixtures/xss-glossary.md'
let graphFile = ''
let zeta = ''

test.beforeAll(() => {
  graphFile = join(mkdtempSync(join(tmpdir(), 'xss-')), 'graph.json')
  execFileSync('npm', ['run', '-s', 'extract', '--', '--glossary', FIXTURE, '--out', graphFile], {
    stdio: 'pipe',
  })
  const g: unknown = JSON.parse(readFileSync(graphFile, 'utf8'))
  const nodes = typeof g === 'object' && g !== null && 'nodes' in g && Array.isArray(g.nodes) ? g.nodes : []
  zeta = String(
    nodes.map((n: { key?: unknown }) => n.key).find((k) => typeof k === 'string' && k.startsWith('zeta')) ??
      '',
  )
})

test('HTML in a definition or label stays text in the explorer', async ({ page }) => {
  const events = guard(page)
  await page.route('**/graph.json', (route) =>
    route.fulfill({ path: graphFile, contentType: 'application/json' }),
  )
  await page.goto('/?term=alpha')
  const p = panel(page)
  await expect(p.getByRole('heading', { level: 2, name: 'Alpha' })).toBeVisible()
  await expect(p.locator('.definition')).toContainText(
    '<img src=x onerror=alert(1)> 一种用于测试转义的注意力机制',
  )
  await expect(p.getByRole('link', { name: 'https://example.com/a?b=1' })).toHaveAttribute(
    'rel',
    'noopener noreferrer',
  )
  await expect(page.locator('img')).toHaveCount(0)

  await page.goto(`/?term=${zeta}`)
  await expect(p.getByRole('heading', { level: 2 })).toHaveText('Zeta <img src=y onerror=alert(2)>')
  await expect(page).toHaveTitle(/^Zeta <img src=y onerror=alert\(2\)> · /)

  await page.goto('/?term=gamma-delta&view=list')
  await expect(p.locator('.definition')).toContainText('<a href="javascript:alert(1)">点我</a>')
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0)
  await page.getByRole('combobox', { name: '搜索术语' }).fill('Zeta')
  await expect(page.getByRole('option', { name: /Zeta <img src=y onerror=alert\(2\)>/ })).toBeVisible()
  // Markup that came alive would show in the DOM: an element carrying the handler or the source the
  // text names (an <img> has no text to filter on), or an inline script holding the call.
  await expect(page.locator('[onerror], img[src="x"], img[src="y"]')).toHaveCount(0)
  await expect(page.locator('script:not([src])').filter({ hasText: 'alert(' })).toHaveCount(0)
  expect(events).toEqual([])
})
