import { expect, test, type Page } from '@playwright/test'
import { waitForGraph } from './helpers'

// The built site as lib/tools/serve.mjs (npm start) serves it: precompressed and cached.
test.describe('the static server', () => {
  test('sends brotli or gzip by Accept-Encoding, with cache headers', async ({ page, request }) => {
    await page.goto('/term/rl/')
    const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src')
    const cases: [string, string, string, RegExp][] = [
      ['/', 'br', 'br', /max-age=0, must-revalidate/],
      ['/term/rl/', 'gzip', 'gzip', /max-age=0, must-revalidate/],
      ['/graph.json', 'gzip, deflate, br', 'br', /max-age=0, must-revalidate/],
      [script ?? '', 'br', 'br', /^public, max-age=31536000, immutable$/],
    ]
    for (const [path, accept, encoding, cache] of cases) {
      const r = await request.get(path, { headers: { 'accept-encoding': accept } })
      expect([path, r.status(), r.headers()['content-encoding']]).toEqual([path, 200, encoding])
      expect(r.headers()['cache-control'], path).toMatch(cache)
      expect(r.headers()['vary'], path).toBe('Accept-Encoding')
    }
  })

  test('has a favicon', async ({ page, request }) => {
    const ico = await request.get('/favicon.ico')
    expect([ico.status(), ico.headers()['content-type']]).toEqual([200, 'image/x-icon'])
    await page.goto('/term/rl/')
    const svg = await page.locator('link[rel="icon"][type="image/svg+xml"]').getAttribute('href')
    expect((await request.get(svg ?? '')).status()).toBe(200)
  })
})

/** Every violation a page reports, as a console line (the init script turns events into lines). */
function watchPolicy(page: Page): string[] {
  const violations: string[] = []
  page.on('console', (m) => {
    if (/Content Security Policy|securitypolicyviolation/i.test(m.text())) violations.push(m.text())
  })
  page.on('pageerror', (e) => violations.push(`page error: ${e.message}`))
  return violations
}

// The server's Content-Security-Policy and framing headers against what the built pages really do.
test.describe('security headers', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`securitypolicyviolation: ${e.violatedDirective} blocked ${e.blockedURI}`),
      ),
    )
  })

  const pages: [string, string, number][] = [
    ['the explorer', '/', 200],
    ['a term page', '/term/rl/', 200],
    ['the health page', '/health/', 200],
    ['the 404 page', '/no-such-page/', 404],
  ]
  for (const [name, path, status] of pages) {
    test(`${name} loads and runs its scripts with no Content-Security-Policy violation`, async ({ page }) => {
      const violations = watchPolicy(page)
      const response = await page.goto(path)
      expect([path, response?.status()]).toEqual([path, status])
      const headers = response?.headers() ?? {}
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'")
      expect([
        headers['x-frame-options'],
        headers['x-content-type-options'],
        headers['referrer-policy'],
      ]).toEqual(['DENY', 'nosniff', 'strict-origin-when-cross-origin'])
      // Next's client booted: its inline payload scripts and its chunks both ran.
      await expect.poll(() => page.evaluate(() => 'next' in window && '__next_f' in self)).toBe(true)
      if (path === '/') await waitForGraph(page)
      await page.waitForLoadState('networkidle')
      expect(violations, path).toEqual([])
    })
  }

  test('a client-side move between term pages fetches its payload under the policy', async ({ page }) => {
    const violations = watchPolicy(page)
    await page.goto('/term/rl/')
    const link = page.locator('a[href^="/term/"]').first()
    const href = await link.getAttribute('href')
    await link.click()
    await expect(page).toHaveURL(new RegExp(`${href}$`))
    await page.waitForLoadState('networkidle')
    expect(violations).toEqual([])
  })
})
