/**
 * The map of a big glossary (the `map-site` project): its first view is an image made at build
 * time, with no links to hit. A click on a term's dot before the canvas is ready still opens that
 * term in the explorer: the explorer resolves the click to the nearest term by position, with the
 * geometry the image was drawn from, as a tap on the canvas would.
 */
import { expect, test, type Page } from '@playwright/test'
import { checkGraph } from '../lib/format/check-graph'
import { toViewGraph } from '../lib/format/view-graph'
import { pictureOf } from '../lib/explorer/picture'
import { panel, waitForGraph } from './helpers'

/** The biggest term of the map and where the image draws it (model coordinates). */
async function centralTerm(page: Page) {
  const view = toViewGraph(checkGraph(await (await page.request.get('graph.json')).json()))
  const terms = pictureOf(view).nodes.filter((n) => n.kind === 'term')
  const biggest = terms.reduce((a, b) => (b.size > a.size ? b : a))
  const label = view.labels[view.keys.indexOf(biggest.id)] ?? ''
  return { slug: biggest.id, label, x: biggest.x, y: biggest.y }
}

/** Page coordinates of a model point on the image, by its box and the image's fitted size. */
const onImage = (page: Page, point: { x: number; y: number }) =>
  page.evaluate(({ x, y }) => {
    const picture = document.querySelector('.graph-preview')
    const img = picture?.querySelector('img[data-graph-preview]')
    const [bx = 0, by = 0, bw = 1, bh = 1] = (picture?.getAttribute('data-preview-box') ?? '')
      .split(' ')
      .map(Number)
    const r = img?.getBoundingClientRect()
    if (!r) return null
    const zoom = Math.min(r.width / bw, r.height / bh)
    return {
      x: r.left + (r.width - bw * zoom) / 2 + (x - bx) * zoom,
      y: r.top + (r.height - bh * zoom) / 2 + (y - by) * zoom,
    }
  }, point)

/** Opens the map with the explorer's scripts held back, acts on the image, then lets them run. */
async function opensInPlace(page: Page, act: (at: { x: number; y: number }) => Promise<void>) {
  const target = await centralTerm(page)
  let release = () => {}
  const gate = new Promise<void>((done) => (release = done))
  await page.route(/\.js(\?.*)?$/, async (route) => {
    await gate
    await route.continue()
  })
  await page.goto('./', { waitUntil: 'commit' })
  await expect(page.locator('img[data-graph-preview]')).toBeVisible()
  await expect.poll(() => page.evaluate(() => document.querySelector('img')?.complete)).toBe(true)
  const at = await onImage(page, target)
  expect(at).not.toBeNull()
  await act(at ?? { x: 0, y: 0 })
  // An image cannot say which term it was: the URL waits for the explorer, which can.
  await expect(page).not.toHaveURL(/term=/)
  release()
  await expect(page).toHaveURL(new RegExp(`[?&]term=${target.slug}(&|$)`))
  await expect(panel(page).getByRole('heading', { level: 2, name: target.label })).toBeVisible()
  await expect
    .poll(() => page.evaluate((id) => window.cy?.getElementById(id).hasClass('picked') ?? false, target.slug))
    .toBe(true)
}

test('a click on a term of the map image before the explorer has started opens it in place', async ({
  page,
}) => {
  await opensInPlace(page, (at) => page.mouse.click(at.x, at.y))
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test('a tap on a term of the map image before the explorer has started opens it in place', async ({
    page,
  }) => {
    await opensInPlace(page, (at) => page.touchscreen.tap(at.x, at.y))
  })
})

test('a click on the map image away from any term selects nothing', async ({ page }) => {
  await page.goto('./')
  await expect(page.getByRole('combobox')).toBeVisible()
  const box = await page.locator('.graph-preview:visible').boundingBox()
  expect(box).not.toBeNull()
  // The stage's top left corner: padding, no term within reach.
  await page.mouse.click((box?.x ?? 0) + 5, (box?.y ?? 0) + 5)
  // The click started the canvas; once it has taken over, nothing is selected.
  await waitForGraph(page)
  await expect(page.locator('.preview-takeover')).toHaveCount(0)
  expect(page.url()).not.toMatch(/term=|concept=/)
  await expect(panel(page).locator('.term-panel')).toHaveCount(0)
})
