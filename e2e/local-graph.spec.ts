import { expect, test } from '@playwright/test'

test.describe('a term page without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('shows its local graph, whose neighbours are links to their pages', async ({ page }) => {
    await page.goto('/term/rl/')
    const graph = page.getByRole('figure').filter({ has: page.locator('svg') })
    await expect(graph.locator('svg title').first()).toHaveText('「RL」和与它直接相连的术语、概念')
    await expect(graph.locator('svg')).toBeVisible()
    const links = graph.getByRole('link')
    expect(await links.count()).toBeGreaterThanOrEqual(3)
    await graph.getByRole('link', { name: 'RLHF', exact: true }).click()
    await expect(page).toHaveURL(/\/term\/rlhf\/$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('RLHF')
  })

  test('names a 1200×630 PNG as its link preview image, and the PNG is there', async ({ page, request }) => {
    await page.goto('/term/grouped-query-attention/')
    const og = await page.locator('meta[property="og:image"]').getAttribute('content')
    expect(og).toMatch(/\/og\/grouped-query-attention\.png$/)
    await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200')
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')
    // The URL is absolute (SITE_URL, or localhost:3000 by default): ask this server for its path.
    const png = await request.get(new URL(og ?? '').pathname)
    expect(png.status()).toBe(200)
    expect(png.headers()['content-type']).toBe('image/png')
    expect((await png.body()).subarray(1, 4).toString()).toBe('PNG')
  })
})

test.describe('the local graph on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true })

  test('keeps every label at 12 px or more and inside the picture', async ({ page }) => {
    await page.goto('/term/rl/')
    const sizes = await page.locator('.local-graph svg').evaluate((svg) => {
      if (!(svg instanceof SVGSVGElement)) return []
      const frame = svg.getBoundingClientRect()
      const scale = frame.width / svg.viewBox.baseVal.width
      return [...svg.querySelectorAll('text')].map((t) => {
        const box = t.getBoundingClientRect()
        const inside =
          box.left >= frame.left - 1 &&
          box.right <= frame.right + 1 &&
          box.top >= frame.top - 1 &&
          box.bottom <= frame.bottom + 1
        return { text: t.textContent, px: Number(t.getAttribute('font-size')) * scale, inside }
      })
    })
    expect(sizes.length).toBeGreaterThan(3)
    for (const s of sizes) {
      expect(s.px, s.text ?? '').toBeGreaterThanOrEqual(12)
      expect(s.inside, `${s.text} inside`).toBe(true)
    }
  })
})
