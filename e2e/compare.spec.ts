import { expect, test } from '@playwright/test'
import { panel } from './helpers'

test.describe('comparing easy-to-confuse terms', () => {
  test("a panel's easy-to-confuse list opens the comparison", async ({ page }) => {
    await page.goto('/?term=grouped-query-attention')
    const confusables = panel(page).getByRole('region', { name: /容易混淆/ })
    await expect(confusables.getByRole('link', { name: 'MQA', exact: true })).toBeVisible()
    await confusables.getByRole('link', { name: '对比 Grouped query attention 和 MQA' }).click()
    await expect(page).toHaveURL(/compare=grouped-query-attention%2Cmqa|compare=grouped-query-attention,mqa/)
    const table = page.getByRole('table')
    await expect(table.getByRole('columnheader', { name: 'Grouped query attention' })).toBeVisible()
    await expect(table.getByRole('columnheader', { name: 'MQA' })).toBeVisible()
    const kind = table.getByRole('row', { name: /^是什么/ })
    await expect(kind.getByRole('cell')).toHaveText(['注意力机制', '注意力机制'])
    await expect(table.getByRole('row', { name: /^彼此的关系/ })).toContainText(
      'Grouped query attention 基于 MQA',
    )
    // Closing the comparison goes back to the graph.
    await page.getByRole('button', { name: '关闭对比' }).click()
    await expect(page.getByRole('table')).toHaveCount(0)
    await expect(page).not.toHaveURL(/compare=/)
  })

  test('a link compares up to four terms, and names a slug it does not know', async ({ page }) => {
    await page.goto('/?compare=batchnorm,nope,layernorm,rms-norm')
    await expect(page.getByText('找不到术语 "nope"')).toBeVisible()
    const headers = page.getByRole('table').getByRole('columnheader')
    await expect(headers).toHaveText(['BatchNorm', 'Layernorm', 'RMS Norm'].map((t) => new RegExp(`^${t}`)))
    await page.getByRole('button', { name: '从对比中移除 Layernorm' }).click()
    await expect(page).toHaveURL(/compare=batchnorm%2Crms-norm|compare=batchnorm,rms-norm/)
  })

  test('one known term is not a comparison: the notice says so', async ({ page }) => {
    await page.goto('/?compare=mqa,nope')
    await expect(page.getByText('只有一个术语 "mqa"，比较至少需要两个')).toBeVisible()
    await expect(page.getByRole('table')).toHaveCount(0)
  })

  test('reads in English with ?lang=en', async ({ page }) => {
    await page.goto('/?compare=on-policy,off-policy&lang=en')
    const table = page.getByRole('table')
    await expect(page.getByRole('heading', { name: 'Compare: on-policy, off-policy' })).toBeVisible()
    await expect(table.getByRole('rowheader', { name: 'What it is' })).toBeVisible()
  })
})
