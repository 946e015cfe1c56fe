import { expect, test } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { waitForGraph } from './helpers'

test('the export menu gives the terms in view as flash cards Anki imports', async ({ page }) => {
  await page.goto('/?concepts=attention')
  await waitForGraph(page)
  await page.getByText('导出', { exact: true }).click()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '闪卡 TSV（可导入 Anki）' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/\.tsv$/)
  const lines = (await readFile(await download.path(), 'utf8')).trimEnd().split('\n')
  expect(lines.slice(0, 3)).toEqual(['#separator:tab', '#html:true', '#columns:Front\tBack'])
  const cards = lines.slice(3).map((l) => l.split('\t'))
  expect(cards.every((c) => c.length === 2)).toBe(true)
  // Front: the term and its other names; back: the definition and what kind of thing it is.
  expect(cards).toContainEqual([
    'MQA<br>Muti Query Attention',
    '一种加快计算速度的注意力机制<br><br>是一种：注意力机制',
  ])
  expect(cards.map((c) => c[0])).not.toContain('DeepSpeed')
})
