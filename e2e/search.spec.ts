import { expect, test } from '@playwright/test'
import { panel } from './helpers'

// [what the reader types, a suggestion they expect, the term Enter opens (top hit)]
const searches: [string, RegExp, string | null][] = [
  ['Multi-head', /Muti-head Attention/, 'muti-head-attention'],
  ['deepspeed', /DeepSpeed/, 'deepspeed'],
  ['强化学习', /^RL 强化学习$/, 'rl'],
  ['Reinforcement', /^RL 强化学习$/, 'rl'],
  ['zhuyili', /Muti-head Attention/, null],
  ['zyl', /Muti-head Attention/, null],
]

test.describe('searching', () => {
  for (const [query, suggestion, opens] of searches) {
    test(`typing "${query}" suggests ${suggestion}`, async ({ page }) => {
      await page.goto('/')
      const box = page.getByRole('combobox', { name: '搜索术语' })
      await box.fill(query)
      const list = page.getByRole('listbox', { name: '搜索建议' })
      await expect(list.getByRole('option', { name: suggestion })).toBeVisible()
      await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(query).replace(/%20/g, '\\+')}`))
      if (opens) {
        await box.press('Enter')
        await expect(page).toHaveURL(new RegExp(`[?&]term=${opens}(&|$)`))
        await expect(list).toBeHidden()
      }
    })
  }

  test('pinyin finds the attention concept and its terms', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('combobox', { name: '搜索术语' }).fill('zhuyili')
    await expect(page.getByRole('option', { name: /注意力.*概念/ })).toBeVisible()
  })

  test('the keyboard drives the suggestions: / to focus, arrows, Enter, Esc', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('heading', { name: '探索「大模型专业术语对照」' }).waitFor()
    await page.keyboard.press('/')
    const box = page.getByRole('combobox', { name: '搜索术语' })
    await expect(box).toBeFocused()
    await page.keyboard.type('norm')
    // The arrows move through the suggestions once they are there.
    const options = page.getByRole('listbox', { name: '搜索建议' }).getByRole('option')
    await expect(options.nth(1)).toBeVisible()
    await page.keyboard.press('ArrowDown')
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true')
    await page.keyboard.press('ArrowDown')
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true')
    const active = (await options.nth(1).getAttribute('id')) ?? 'missing'
    await expect(box).toHaveAttribute('aria-activedescendant', active)
    const second = (await options.nth(1).locator('.hit-label').textContent()) ?? ''
    await page.keyboard.press('Enter')
    // Picking moves focus to the panel heading, where reading starts.
    const heading = panel(page).getByRole('heading', { level: 2 })
    await expect(heading).toHaveText(second)
    await expect(heading).toBeFocused()
    await page.keyboard.press('/')
    await expect(box).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await expect(page.getByRole('listbox')).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.getByRole('listbox')).toBeHidden()
    await expect(box).toHaveValue('norm')
  })

  test('Ctrl+K focuses search and Esc closes the panel', async ({ page }) => {
    await page.goto('/?term=rl')
    await expect(panel(page).getByRole('heading', { level: 2, name: 'RL' })).toBeVisible()
    await page.keyboard.press('Control+k')
    await expect(page.getByRole('combobox', { name: '搜索术语' })).toBeFocused()
    await page.getByRole('combobox').blur()
    await page.keyboard.press('Escape')
    await expect(page).not.toHaveURL(/term=/)
    await expect(page.getByRole('heading', { name: '探索「大模型专业术语对照」' })).toBeVisible()
  })

  test('nothing found says so', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('combobox', { name: '搜索术语' }).fill('qqqqxxxx')
    await expect(page.getByText('没有找到 “qqqqxxxx”')).toBeVisible()
  })
})
