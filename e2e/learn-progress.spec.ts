import { expect, test } from '@playwright/test'
import { panel, waitForGraph } from './helpers'

test.describe('learning progress', () => {
  test('"I know this" survives a reload, counts in the progress, marks the canvas and moves "next to learn"', async ({
    page,
  }) => {
    await page.goto('/?term=mqa')
    const toggle = panel(page).locator('[data-known-toggle]')
    await expect(toggle).toHaveAttribute('aria-pressed', 'false')
    await expect(panel(page).locator('[data-progress]')).toHaveText(/已掌握 0 \/ 51 个术语/)
    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-pressed', 'true')
    await expect(panel(page).locator('[data-progress]')).toHaveText(/已掌握 1 \/ 51 个术语/)

    await page.reload()
    await expect(panel(page).locator('[data-known-toggle]')).toHaveAttribute('aria-pressed', 'true')
    await expect(panel(page).locator('[data-progress]')).toHaveText(/已掌握 1 \/ 51 个术语/)
    // Known terms are drawn apart on the canvas (a double ring and a check mark, not colour alone).
    await waitForGraph(page)
    await expect
      .poll(() => page.evaluate(() => window.cy?.getElementById('mqa').hasClass('known')))
      .toBe(true)
    await expect
      .poll(() => page.evaluate(() => window.cy?.getElementById('mqa').style('border-style')))
      .toBe('double')

    // With MQA known, the term that builds on it is ready to learn.
    await page.getByRole('button', { name: '关闭详情（Esc）' }).click()
    const next = page.getByRole('region', { name: '接下来学' })
    await expect(next.getByRole('link', { name: 'Grouped query attention' })).toBeVisible()

    // Unmarking counts down again.
    await page.goto('/?term=mqa')
    await panel(page).locator('[data-known-toggle]').click()
    await expect(panel(page).locator('[data-progress]')).toHaveText(/已掌握 0 \/ 51 个术语/)
  })

  test('progress is kept per glossary and reads in English', async ({ page }) => {
    await page.goto('/?term=rl&lang=en')
    await panel(page).getByRole('button', { name: 'I know “RL”' }).click()
    await expect(panel(page).locator('[data-progress]')).toHaveText(/1 of 51 terms known/)
    const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('known:')))
    expect(keys).toHaveLength(1)
  })
})
