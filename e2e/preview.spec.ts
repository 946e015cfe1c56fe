import { expect, test } from '@playwright/test'
import { nodePoint, panel } from './helpers'

test.describe('previews', () => {
  test('hovering a mention previews the term; Escape hides it and keeps the panel', async ({ page }) => {
    await page.goto('/?term=zero')
    const mention = panel(page).locator('.definition').getByRole('link', { name: 'deepspeed' })
    await mention.hover()
    const card = page.getByRole('tooltip')
    await expect(card).toBeVisible()
    await expect(card).toContainText('DeepSpeed')
    await expect(card).toContainText('微软发布的基于PyTorch的分布式训练库')
    await expect(card.locator('.chip').first()).toBeVisible()
    // Screen readers hear it as the link's description.
    await expect(mention).toHaveAttribute('aria-describedby', (await card.getAttribute('id')) ?? 'missing')
    await page.keyboard.press('Escape')
    await expect(card).toBeHidden()
    await expect(panel(page).getByRole('heading', { level: 2, name: 'ZeRO' })).toBeVisible()
  })

  test('moving through search suggestions with the keyboard previews each one', async ({ page }) => {
    await page.goto('/')
    const box = page.getByRole('combobox', { name: '搜索术语' })
    await box.fill('RLHF')
    await box.press('ArrowDown')
    const card = page.getByRole('tooltip')
    await expect(card).toContainText('以强化学习方式依据人类反馈优化语言模型')
    const option = page.getByRole('option', { selected: true })
    await expect(option).toHaveAttribute('aria-describedby', (await card.getAttribute('id')) ?? 'missing')
  })

  test('resting the mouse on a canvas node previews it', async ({ page }) => {
    await page.goto('/')
    const p = await nodePoint(page, 'mqa')
    const canvas = await page.getByRole('application').boundingBox()
    // The preview code loads after the page: move off (to an empty corner of the canvas) and rest
    // on the node again until it is there.
    await expect(async () => {
      await page.mouse.move((canvas?.x ?? 0) + 4, (canvas?.y ?? 0) + 4)
      await page.mouse.move(p.x, p.y)
      await expect(page.getByRole('tooltip')).toContainText('一种加快计算速度的注意力机制', { timeout: 1500 })
    }).toPass()
    await page.mouse.move(5, 5)
    await expect(page.getByRole('tooltip')).toBeHidden()
  })
})
