import { expect, test } from '@playwright/test'
import { waitForGraph } from './helpers'

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
  await waitForGraph(page)
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
    await waitForGraph(page)
    await page.waitForTimeout(800)
    await page.screenshot({ path: `test-results/${name}.png` })
  })
}

// Dark mode (README): the explorer on desktop and phone; a term page checked by eye.
test.describe('dark', () => {
  test.use({ colorScheme: 'dark' })
  for (const [name, url, width, height, heading] of [
    [
      'e2e/screenshots/dark-desktop.png',
      '/?term=grouped-query-attention',
      1440,
      900,
      'Grouped query attention',
    ],
    ['e2e/screenshots/dark-phone.png', '/?term=mqa', 390, 844, 'MQA'],
  ] as const) {
    test(`${name} screenshot`, async ({ page }) => {
      await page.setViewportSize({ width, height })
      await page.goto(url)
      await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible()
      await page.waitForTimeout(800)
      await page.screenshot({ path: name })
    })
  }
  test('dark term page screenshot', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 })
    await page.goto('/term/mqa/')
    await page.screenshot({ path: 'test-results/dark-term.png', fullPage: true })
  })
  test('dark overview and path screenshots', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 })
    await page.goto('/?from=mqa&to=rlhf')
    await page.waitForFunction(() => Boolean(window.cy?.$('.on-path').length && !window.cy.animated()))
    await page.waitForTimeout(500)
    await page.screenshot({ path: 'test-results/dark-path.png' })
  })
})

// Learning views (README): the kinds tree, a comparison and the self-test, on desktop and phone,
// light and dark. The quiz is shown answered, so the result and the answer's definition are in it.
for (const scheme of ['light', 'dark'] as const) {
  test.describe(`learning views, ${scheme}`, () => {
    test.use({ colorScheme: scheme })
    for (const [device, width, height] of [
      ['desktop', 1440, 900],
      ['phone', 390, 844],
    ] as const) {
      const file = (view: string) =>
        `e2e/screenshots/${view}-${device}${scheme === 'dark' ? '-dark' : ''}.png`
      test(`tree ${device} screenshot`, async ({ page }) => {
        await page.setViewportSize({ width, height })
        await page.goto(device === 'desktop' ? '/?view=tree&term=grouped-query-attention' : '/?view=tree')
        await expect(page.getByRole('tree')).toBeVisible()
        await page.waitForTimeout(600)
        await page.screenshot({ path: file('tree') })
      })
      test(`compare ${device} screenshot`, async ({ page }) => {
        await page.setViewportSize({ width, height })
        const compare = '/?compare=mqa,grouped-query-attention,muti-head-attention'
        await page.goto(device === 'desktop' ? `${compare}&term=grouped-query-attention` : compare)
        await expect(page.getByRole('table')).toBeVisible()
        await page.waitForTimeout(600)
        await page.screenshot({ path: file('compare') })
      })
      test(`quiz ${device} screenshot`, async ({ page }) => {
        await page.setViewportSize({ width, height })
        await page.goto('/?view=quiz')
        await expect(page.locator('[data-quiz] blockquote')).toBeVisible()
        await page.keyboard.press('2')
        await expect(page.locator('[data-quiz-result]')).toBeVisible()
        await page.waitForTimeout(600)
        await page.screenshot({ path: file('quiz') })
      })
    }
  })
}
