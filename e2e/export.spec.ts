import { expect, test } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { waitForGraph } from './helpers'

test.describe('exporting what the reader sees', () => {
  test('the view downloads as PNG and SVG, its terms as CSV, and the whole graph as GEXF and GraphML', async ({
    page,
  }) => {
    await page.goto('/?concepts=attention')
    await waitForGraph(page)
    await page.getByText('导出', { exact: true }).click()

    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '当前视图 PNG' }).click(),
    ])
    expect(png.suggestedFilename()).toMatch(/\.png$/)
    const pngBytes = await readFile(await png.path())
    expect(pngBytes.subarray(1, 4).toString()).toBe('PNG')
    expect(pngBytes.length).toBeGreaterThan(2000)

    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '当前视图 SVG' }).click(),
    ])
    const svgText = await readFile(await svg.path(), 'utf8')
    expect(svgText).toContain('<svg')
    expect(svgText).toContain('>MQA</text>')
    // Only the attention concept's terms are in view.
    expect(svgText).not.toContain('>DeepSpeed</text>')

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '视图中的术语 CSV' }).click(),
    ])
    const csvText = await readFile(await csv.path(), 'utf8')
    expect(csvText.split('\r\n')[0]).toBe('\ufefflabel,expansion,gloss,definition,concepts,mentions,source')
    expect(csvText).toContain('Flash Attention')
    expect(csvText).not.toContain('DeepSpeed,')

    for (const [name, type] of [
      ['GEXF', /xml/],
      ['GraphML', /xml/],
    ] as const) {
      const href = await page.getByRole('link', { name }).getAttribute('href')
      const response = await page.request.get(href ?? '')
      expect(response.status()).toBe(200)
      expect(response.headers()['content-type']).toMatch(type)
      expect(await response.text()).toContain('ZeRO')
    }
  })
})
