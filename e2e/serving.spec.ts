import { expect, test } from '@playwright/test'

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
