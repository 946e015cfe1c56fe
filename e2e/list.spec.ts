import { expect, test } from '@playwright/test'
import { panel } from './helpers'

test.describe('list view', () => {
  test('lists the terms in view and works from the keyboard', async ({ page }) => {
    await page.goto('/?focus=mqa&depth=2')
    await page.getByRole('button', { name: '列表视图' }).click()
    await expect(page).toHaveURL(/view=list/)
    const list = page.getByRole('region', { name: /当前视图中的 \d+ 个术语/ })
    await expect(list.getByRole('button', { name: /^MQA/ })).toBeVisible()
    await expect(list.getByRole('button', { name: /^RL/ })).toHaveCount(0)
    await list.getByRole('button', { name: /^Grouped query attention/ }).focus()
    await page.keyboard.press('Enter')
    await expect(
      panel(page).getByRole('heading', { level: 2, name: 'Grouped query attention' }),
    ).toBeFocused()
    // Tab then arrow keys move through related terms.
    await page.keyboard.press('Tab')
    const related = panel(page).getByRole('region', { name: /同属/ }).first().getByRole('link')
    await related.first().focus()
    await page.keyboard.press('ArrowDown')
    await expect(related.nth(1)).toBeFocused()
    // The focused link shows its preview, and only it (the previous link's card closes a tick after
    // its blur): the first Escape hides it, the next closes the panel.
    await expect(page.getByRole('tooltip')).toHaveCount(1)
    await expect(page.getByRole('tooltip')).toBeVisible()
    await expect(related.nth(1)).toHaveAttribute('aria-describedby', /.+/)
    await page.keyboard.press('Escape')
    await expect(page.getByRole('tooltip')).toBeHidden()
    await page.keyboard.press('Escape')
    await expect(page).not.toHaveURL(/term=/)
    // Focus goes back to where the reader came from, not to <body>.
    await expect(list.getByRole('button', { name: /^Grouped query attention/ })).toBeFocused()
  })
})
