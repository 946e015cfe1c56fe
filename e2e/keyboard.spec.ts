import { expect, test } from '@playwright/test'
import { panel, waitForGraph } from './helpers'

test.describe('keyboard and screen reader', () => {
  test('from search to the panel, to a neighbour on the canvas, and back', async ({ page }) => {
    await page.goto('/')
    await waitForGraph(page)
    await page.keyboard.press('/')
    await page.keyboard.type('Grouped')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/[?&]term=grouped-query-attention/)
    // Picking a result moves focus to the panel heading.
    const heading = panel(page).getByRole('heading', { level: 2, name: 'Grouped query attention' })
    await expect(heading).toBeFocused()
    // The mention in the definition is the next stop.
    await page.keyboard.press('Tab')
    await expect(panel(page).locator('.definition').getByRole('link', { name: 'MQA' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/[?&]term=mqa(&|$)/)
    await expect(panel(page).getByRole('heading', { level: 2, name: 'MQA' })).toBeFocused()

    // The canvas is a focusable application that says how to use it.
    const canvas = page.getByRole('application', { name: /方向键移到相邻术语/ })
    await canvas.focus()
    // The arrow that points at a neighbour on screen (along the axis it is farther along).
    await waitForGraph(page)
    const key = await page.evaluate(() => {
      const node = window.cy?.getElementById('mqa')
      const next = node?.neighborhood().nodes(':visible').first()
      if (!node || !next || next.empty()) return undefined
      const dx = next.renderedPosition().x - node.renderedPosition().x
      const dy = next.renderedPosition().y - node.renderedPosition().y
      return Math.abs(dx) >= Math.abs(dy)
        ? dx > 0
          ? 'ArrowRight'
          : 'ArrowLeft'
        : dy > 0
          ? 'ArrowDown'
          : 'ArrowUp'
    })
    expect(key, 'MQA has a neighbour on the canvas').toBeTruthy()
    await canvas.press(key ?? '')
    await expect(page, 'the arrow key moved to a neighbour').not.toHaveURL(/[?&]term=mqa(&|$)/)
    const neighbour = new URL(page.url()).searchParams.get('term') ?? ''
    expect(neighbour, 'the neighbour is a term').not.toBe('')
    await expect(canvas).toBeFocused()
    await expect(page.getByTestId('announcer')).toContainText(/已选择「.+」，有 \d+ 个相邻节点/)
    // Back returns to MQA (the arrow pushed history).
    await page.goBack()
    await expect(page).toHaveURL(/[?&]term=mqa(&|$)/)
    await page.goForward()
    await expect(page).toHaveURL(new RegExp(`[?&]term=${neighbour}(&|$)`))
    // Enter opens the panel: focus on its heading; Escape closes it and focus goes back to the canvas.
    await canvas.focus()
    await canvas.press('Enter')
    await expect(page.locator('#panel-title')).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(page).not.toHaveURL(/[?&]term=/)
    await expect(canvas).toBeFocused()
  })

  test('+ and - zoom the focused canvas, Shift+arrows pan it', async ({ page }) => {
    await page.goto('/')
    await waitForGraph(page)
    const canvas = page.getByRole('application')
    await canvas.focus()
    const zoom = () => page.evaluate(() => window.cy?.zoom() ?? 0)
    const before = await zoom()
    await canvas.press('+')
    expect(await zoom()).toBeGreaterThan(before)
    const pan = () => page.evaluate(() => window.cy?.pan().x ?? 0)
    const x = await pan()
    await canvas.press('Shift+ArrowLeft')
    expect(await pan()).not.toBe(x)
  })

  test('opening the filters moves focus into them', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('button', { name: /^筛选/ }).click()
    await expect(page.getByRole('heading', { name: '筛选', level: 2 })).toBeFocused()
  })
})
