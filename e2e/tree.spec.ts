import { expect, test } from '@playwright/test'
import { panel } from './helpers'

test.describe('the kinds tree', () => {
  test('lists each kind with its terms, nested where a term builds on another, and opens a term', async ({
    page,
  }) => {
    await page.goto('/?view=tree')
    const tree = page.getByRole('tree', { name: '术语的种类' })
    await expect(tree).toBeVisible()
    const attention = tree.getByRole('treeitem', { name: /^注意力机制/ })
    await expect(attention).toHaveAttribute('aria-level', '1')
    await expect(attention).toHaveAttribute('aria-expanded', 'true')
    const mqa = attention.getByRole('treeitem', { name: 'MQA', exact: true })
    await expect(mqa).toHaveAttribute('aria-level', '2')
    await expect(mqa).toHaveAttribute('aria-expanded', 'false')
    // Terms whose kind the glossary does not say are listed apart, closed.
    await expect(tree.getByRole('treeitem', { name: /没有写明种类的术语/ })).toHaveAttribute(
      'aria-expanded',
      'false',
    )

    await mqa.click()
    await expect(panel(page).getByRole('heading', { level: 2, name: 'MQA' })).toBeVisible()
    await expect(page).toHaveURL(/view=tree/)
    await expect(page).toHaveURL(/term=mqa/)
  })

  test('works by keyboard: arrows move, Right opens and enters, Left goes up, Enter opens the panel', async ({
    page,
  }) => {
    await page.goto('/?view=tree')
    const tree = page.getByRole('tree')
    const first = tree.getByRole('treeitem').first()
    await first.focus()
    await expect(first).toBeFocused()
    // Walk down to MQA under 注意力机制.
    const mqa = tree.getByRole('treeitem', { name: 'MQA', exact: true })
    for (let i = 0; i < 20 && !(await mqa.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('ArrowDown')
    await expect(mqa).toBeFocused()
    await page.keyboard.press('ArrowRight')
    await expect(mqa).toHaveAttribute('aria-expanded', 'true')
    await page.keyboard.press('ArrowRight')
    const gqa = tree.getByRole('treeitem', { name: 'Grouped query attention' })
    await expect(gqa).toBeFocused()
    await expect(gqa).toHaveAttribute('aria-level', '3')
    await page.keyboard.press('ArrowLeft')
    await expect(mqa).toBeFocused()
    await expect(mqa).toHaveAttribute('aria-expanded', 'true')
    await page.keyboard.press('ArrowLeft')
    await expect(mqa).toBeFocused()
    await expect(mqa).toHaveAttribute('aria-expanded', 'false')
    await page.keyboard.press('Enter')
    await expect(panel(page).getByRole('heading', { level: 2, name: 'MQA' })).toBeVisible()
    await page.keyboard.press('Home')
    await expect(tree.getByRole('treeitem').first()).toBeFocused()
  })

  test('opens from the toolbar, and the graph comes back the same way', async ({ page }) => {
    await page.goto('/')
    await page.getByText('学习', { exact: true }).click()
    await page.getByRole('button', { name: '种类树' }).click()
    await expect(page).toHaveURL(/view=tree/)
    await expect(page.getByRole('tree')).toBeVisible()
    await page.getByText('学习', { exact: true }).click()
    await page.getByRole('button', { name: '种类树' }).click()
    await expect(page.getByRole('tree')).toHaveCount(0)
    await expect(page.getByRole('application')).toBeVisible()
  })

  test('follows the URL filters', async ({ page }) => {
    await page.goto('/?view=tree&concepts=attention')
    const tree = page.getByRole('tree')
    await expect(tree.getByRole('treeitem', { name: /^注意力机制/ })).toBeVisible()
    await expect(tree.getByRole('treeitem', { name: /^微调/ })).toHaveCount(0)
    await expect(tree.getByText('DeepSpeed')).toHaveCount(0)
  })

  test('speaks English with ?lang=en', async ({ page }) => {
    await page.goto('/?view=tree&lang=en')
    await expect(page.getByRole('heading', { name: 'Browse by kind' })).toBeVisible()
    await expect(page.getByRole('tree', { name: 'Kinds of terms' })).toBeVisible()
  })

  test('a canvas option draws kinds top-down, and is kept in the URL', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('button', { name: '按种类自上而下' }).click()
    await expect(page).toHaveURL(/layout=kinds/)
    await expect(page.getByRole('button', { name: '按种类自上而下' })).toHaveAttribute('aria-pressed', 'true')
    // MQA is a kind of attention and Grouped query attention builds on it: each sits below the other.
    await page.waitForFunction(() => {
      const cy = window.cy
      if (!cy || cy.animated()) return false
      const y = (id: string) => cy.getElementById(id).position('y')
      return y('concept:attention') < y('mqa') && y('mqa') < y('grouped-query-attention')
    })
  })
})
