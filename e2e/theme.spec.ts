/**
 * Dark mode: every page passes axe's colour-contrast rule in both themes, the toggle switches and
 * is remembered, `system` follows the emulated media, and the canvas restyles live.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { waitForGraph } from './helpers'

const SCHEMES = ['light', 'dark'] as const

/** The pages to check, each ready to be read (explorer: a term selected, panel open). */
const PAGES: [string, string, (page: Page) => Promise<void>][] = [
  [
    'explorer with a term selected',
    '/?term=grouped-query-attention',
    async (page) => {
      await expect(page.getByRole('heading', { level: 2, name: 'Grouped query attention' })).toBeVisible()
      await waitForGraph(page)
    },
  ],
  [
    'explorer with notices, filters and search suggestions',
    '/?term=xyz&concepts=attention&focus=mqa',
    async (page) => {
      await waitForGraph(page)
      await expect(page.locator('.notices')).not.toBeEmpty()
      await page.getByRole('combobox').fill('att')
      await expect(page.getByRole('listbox')).toBeVisible()
    },
  ],
  [
    'explorer with a preview card',
    '/?term=zero',
    async (page) => {
      await waitForGraph(page)
      await page.locator('.definition a').first().hover()
      await expect(page.getByRole('tooltip')).toBeVisible()
    },
  ],
  ['term page', '/term/rl/', async (page) => expect(page.locator('h1')).toBeVisible()],
  ['health page', '/health/', async (page) => expect(page.locator('h1')).toBeVisible()],
  ['404 page', '/no-such-page/', async (page) => expect(page.locator('h1')).toBeVisible()],
]

/** Colour-contrast violations on the page as it is now, as readable lines. */
async function contrastViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze()
  return violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`))
}

/** Colours Cytoscape draws with now: a term's label and the rim of a concept. */
const canvasColours = (page: Page) =>
  page.evaluate(() => {
    const cy = window.cy
    const term = cy?.nodes('.term').first()
    const concept = cy?.nodes('.concept').first()
    return { label: String(term?.style('color')), rim: String(concept?.style('border-color')) }
  })

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor)

for (const colorScheme of SCHEMES) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme })
    for (const [name, url, ready] of PAGES) {
      test(`${name}: axe finds no contrast violations`, async ({ page }) => {
        await page.goto(url)
        await ready(page)
        await expect(page.locator('html')).not.toHaveAttribute('data-theme')
        const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)
        expect(dark).toBe(colorScheme === 'dark')
        expect(await contrastViolations(page)).toEqual([])
      })
    }
  })
}

test('the toggle cycles system → light → dark, survives a reload, and restyles the canvas', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/')
  await waitForGraph(page)
  const toggle = page.getByRole('button', { name: /^主题：/ })
  await expect(toggle).toHaveAccessibleName(/跟随系统/)
  const light = { body: await background(page), canvas: await canvasColours(page) }

  await toggle.click()
  await expect(toggle).toHaveAccessibleName(/浅色/)
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
  await toggle.click()
  await expect(toggle).toHaveAccessibleName(/深色/)
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect.poll(() => background(page)).not.toBe(light.body)
  // The live canvas takes the dark stylesheet without a reload.
  await expect.poll(() => canvasColours(page).then((c) => c.label)).not.toBe(light.canvas.label)
  expect((await canvasColours(page)).rim).not.toBe(light.canvas.rim)
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('dark')

  await page.reload()
  await waitForGraph(page)
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect(page.getByRole('button', { name: /^主题：深色/ })).toBeVisible()
  expect((await canvasColours(page)).label).not.toBe(light.canvas.label)

  // Back to system: the light media wins again, and the choice is forgotten.
  await page.getByRole('button', { name: /^主题：/ }).click()
  await expect(page.locator('html')).not.toHaveAttribute('data-theme')
  await expect.poll(() => background(page)).toBe(light.body)
  await expect.poll(() => canvasColours(page).then((c) => c.label)).toBe(light.canvas.label)
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull()
})

test('system follows the emulated media, live, on the canvas and on a term page', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/')
  await waitForGraph(page)
  const light = { body: await background(page), label: (await canvasColours(page)).label }
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect.poll(() => background(page)).not.toBe(light.body)
  await expect.poll(() => canvasColours(page).then((c) => c.label)).not.toBe(light.label)
  const dark = await background(page)

  await page.goto('/term/rl/')
  expect(await background(page)).toBe(dark)
  await page.emulateMedia({ colorScheme: 'light' })
  await expect.poll(() => background(page)).toBe(light.body)
})

test('a stored choice applies before first paint, over the system theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.addInitScript(() => localStorage.setItem('theme', 'dark'))
  // The static HTML's inline script sets it: no JavaScript bundle needed.
  await page.route(/\.js$/, (route) => route.abort())
  await page.goto('/term/rl/')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  const dark = await background(page)
  await page.emulateMedia({ colorScheme: 'dark' })
  expect(await background(page)).toBe(dark)
})

test('the static graph picture uses the canvas colours of each theme', async ({ page }) => {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme })
    await page.route(/\.js$/, (route) => route.abort())
    await page.goto('/')
    const picture = await page.evaluate(() => {
      const svg = document.querySelector('[data-graph-preview]')
      const text = svg?.querySelector('.gp-label-term')
      const edge = svg?.querySelector('.gp-mention')
      const stage = svg?.closest('.graph-preview')
      return {
        label: text ? getComputedStyle(text).fill : '',
        edge: edge ? getComputedStyle(edge).stroke : '',
        stage: stage ? getComputedStyle(stage).backgroundColor : '',
      }
    })
    await page.unroute(/\.js$/)
    await page.goto('/')
    await waitForGraph(page)
    const canvas = await page.evaluate(() => {
      const cy = window.cy
      return {
        label: String(cy?.nodes('.term').first().style('color')),
        edge: String(cy?.edges('.mention').first().style('line-color')),
        stage: getComputedStyle(cy?.container()?.closest('.stage') ?? document.body).backgroundColor,
      }
    })
    // Cytoscape writes rgb(1,2,3), CSS rgb(1, 2, 3).
    const squeeze = (o: Record<string, string>) =>
      Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v.replace(/\s/g, '')]))
    expect(squeeze(picture), colorScheme).toEqual(squeeze(canvas))
  }
})
