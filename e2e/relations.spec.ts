import { expect, test } from '@playwright/test'
import { panel, waitForGraph } from './helpers'

test.describe('how terms relate', () => {
  test('the panel says what a term is and how it relates, as sentences with evidence', async ({ page }) => {
    await page.goto('/?term=grouped-query-attention')
    const how = panel(page).getByRole('region', { name: '它是什么，和谁有关' })
    await expect(how.getByRole('listitem')).toHaveText([
      'Grouped query attention 是一种 注意力机制',
      'Grouped query attention 基于 MQA基于MQA改进的注意力机制',
    ])
    // The other end of a typed relation says it too.
    await how.getByRole('link', { name: 'MQA' }).click()
    await expect(panel(page).getByRole('region', { name: '它是什么，和谁有关' })).toContainText(
      'Grouped query attention 基于 MQA',
    )
  })

  test('in English with ?lang=en', async ({ page }) => {
    await page.goto('/?term=zero&lang=en')
    await expect(panel(page).getByRole('region', { name: 'What it is and how it relates' })).toContainText(
      'ZeRO is part of DeepSpeed',
    )
  })

  test('the term page says it without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/term/zero/')
    const how = page.getByRole('region', { name: '它是什么，和谁有关' })
    await expect(how).toContainText('ZeRO 是 DeepSpeed 的组成部分')
    await expect(how.getByRole('link', { name: 'DeepSpeed' })).toHaveAttribute('href', '/term/deepspeed/')
    await context.close()
  })

  test('typed edges are drawn apart from plain mentions, and the legend says how', async ({ page }) => {
    await page.goto('/')
    await waitForGraph(page)
    const arrow = (id: string) =>
      page.evaluate((key) => window.cy?.getElementById(key).style('target-arrow-shape'), id)
    expect(await arrow('mention:grouped-query-attention->mqa')).toBe('chevron')
    expect(await arrow('mention:zero->deepspeed')).toBe('diamond')
    expect(await arrow('mention:causal-decoder->decoder')).toBe('triangle')
    expect(await arrow('mention:fid->decoder')).toBe('triangle')
    expect(
      await page.evaluate(() =>
        window.cy?.getElementById('mention:causal-decoder->decoder').style('target-arrow-fill'),
      ),
    ).toBe('hollow')
    await expect(page.locator('[data-legend-relation]:visible')).toHaveText([
      '是一种（空心三角箭头）',
      '是…的组成部分（菱形箭头）',
      '基于（折线箭头，粗线）',
    ])
  })

  test('a path names the relation at each step', async ({ page }) => {
    await page.goto('/?from=causal-decoder&to=fid')
    const steps = panel(page).locator('.path-chain').first().getByRole('listitem')
    await expect(steps.first()).toContainText('causal decoder —是一种→ decoder')
    await expect(steps.nth(1)).toContainText('decoder ←提到— FiD')
  })
})
