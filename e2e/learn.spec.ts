import { expect, test } from '@playwright/test'
import { panel, waitForGraph } from './helpers'

test.describe('learning a field', () => {
  test('a mention in a definition is a link to the term it names', async ({ page }) => {
    await page.goto('/?term=zero')
    const definition = panel(page).locator('.definition')
    await definition.getByRole('link', { name: 'deepspeed' }).click()
    await expect(page).toHaveURL(/[?&]term=deepspeed(&|$)/)
    await expect(panel(page).getByRole('heading', { level: 2, name: 'DeepSpeed' })).toBeVisible()
  })

  test('on a term page, without JavaScript, mentions link to term pages', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/term/grouped-query-attention/')
    await page.locator('.definition').getByRole('link', { name: 'MQA' }).click()
    await expect(page).toHaveURL(/\/term\/mqa\/$/)
    await expect(page.getByRole('heading', { level: 1, name: 'MQA' })).toBeVisible()
    await context.close()
  })

  test('?from=zero&to=deepspeed shows the path with its evidence, marked on the canvas', async ({ page }) => {
    await page.goto('/?from=zero&to=deepspeed')
    const p = panel(page)
    await expect(p.getByRole('heading', { level: 2, name: 'ZeRO 与 DeepSpeed' })).toBeVisible()
    await expect(p.getByRole('heading', { name: '最短路径：1 步' })).toBeVisible()
    await expect(p.getByText('deepspeed分布式训练的核心')).toBeVisible()
    await waitForGraph(page)
    await expect
      .poll(() =>
        page.evaluate(() =>
          window.cy
            ?.$('.on-path')
            .map((e) => e.id())
            .sort(),
        ),
      )
      .toEqual(['deepspeed', 'mention:zero->deepspeed', 'zero'])
    expect(await page.evaluate(() => window.cy?.getElementById('rl').hasClass('off-path'))).toBe(true)
  })

  test('a path of several hops goes through concepts, chosen by search from a term', async ({ page }) => {
    await page.goto('/?term=mqa')
    const p = panel(page)
    await p.getByRole('button', { name: '与…的关系' }).click()
    const box = p.getByRole('combobox', { name: '「MQA」与哪个术语有关系？' })
    await expect(box).toBeFocused()
    await box.fill('RLHF')
    await p.getByRole('option', { name: /RLHF/ }).click()
    await expect(page).toHaveURL(/[?&]from=mqa&to=rlhf|[?&]to=rlhf.*from=mqa/)
    await expect(p.getByRole('heading', { level: 2, name: 'MQA 与 RLHF' })).toBeVisible()
    const chain = p.getByRole('region', { name: /最短路径/ }).getByRole('listitem')
    expect(await chain.count()).toBeGreaterThanOrEqual(2)
    await expect(chain.first()).toContainText('MQA')
    await expect(chain.last()).toContainText('RLHF')
    // Every step says why: its evidence is quoted.
    for (const step of await chain.all()) await expect(step.locator('q.evidence')).not.toBeEmpty()
    await waitForGraph(page)
    const onPath = await page.evaluate(() => window.cy?.nodes('.on-path').length ?? 0)
    expect(onPath).toBeGreaterThanOrEqual(3)
  })

  test('terms with no path say so and name their groups; a bad slug is named', async ({ page }) => {
    await page.goto('/?from=gptq&to=zero')
    await expect(panel(page).getByText(/之间没有路径/)).toBeVisible()
    await expect(panel(page).getByText(/为中心的一组/)).toBeVisible()
    await page.goto('/?from=zero&to=nope')
    await expect(page.getByText('找不到路径终点术语 "nope"')).toBeVisible()
  })

  test("GQA's reading order lists what to read first, each after what it mentions", async ({ page }) => {
    await page.goto('/?term=grouped-query-attention')
    const first = panel(page).getByRole('region', { name: /先读这些/ })
    await expect(first.getByRole('link', { name: 'MQA' })).toBeVisible()
    await page.goto('/term/ppo/')
    await expect(
      page.getByRole('region', { name: /先读这些/ }).getByRole('link', { name: 'RL' }),
    ).toBeVisible()
  })

  test('the list view sorts the glossary in learning order, and a shared link keeps the order', async ({
    page,
  }) => {
    await page.goto('/?view=list')
    await page.getByRole('radio', { name: '按学习顺序' }).check()
    await expect(page).toHaveURL(/[?&]order=learning/)
    const names = page.getByRole('region', { name: /当前视图中的/ }).getByRole('listitem')
    await expect(names.first()).toContainText('RL')
    await page.reload()
    await expect(page.getByRole('radio', { name: '按学习顺序' })).toBeChecked()
    await expect(names.first()).toContainText('RL')
    const all = await names.allInnerTexts()
    const at = (label: string) => all.findIndex((t) => t.startsWith(label))
    // Every term comes after the terms it mentions.
    expect(at('RL')).toBeLessThan(at('RLHF'))
    expect(at('MQA')).toBeLessThan(at('Grouped query attention'))
    expect(at('DeepSpeed')).toBeLessThan(at('ZeRO'))
  })

  test('searching 强化 finds the terms whose definitions say 强化学习, with the match shown', async ({
    page,
  }) => {
    await page.goto('/')
    const box = page.getByRole('combobox', { name: '搜索术语' })
    await box.fill('强化')
    const list = page.getByRole('listbox', { name: '搜索建议' })
    const rlhf = list.getByRole('option', { name: /RLHF/ })
    await expect(rlhf).toBeVisible()
    await expect(list.getByRole('option', { name: /PPO/ })).toBeVisible()
    await expect(rlhf.locator('mark')).toHaveText('强化')
    await expect(rlhf).toContainText('释义：')
  })
})
