import { expect, test, type Page } from '@playwright/test'

/** The term a reader who knows the glossary would pick: the one whose definition reads like the question. */
async function answerOf(page: Page, text: string): Promise<string> {
  const graph: { nodes: Array<{ attributes: { kind: string; label: string; definition?: string } }> } =
    await (await page.request.get('/graph.json')).json()
  const pieces = text
    .split('＿＿')
    .map((p) => p.trim())
    .filter(Boolean)
  const found = graph.nodes.filter(
    (n) => n.attributes.kind === 'term' && pieces.every((p) => n.attributes.definition?.includes(p)),
  )
  expect(found, `one term has a definition like “${text}”`).toHaveLength(1)
  return found[0]?.attributes.label ?? ''
}

test.describe('the self-test', () => {
  test('a round answered wrong, then one answered right; keys 1–4 choose and Enter goes on', async ({
    page,
  }) => {
    await page.goto('/?view=quiz')
    const quiz = page.locator('[data-quiz]')
    const question = quiz.locator('blockquote')
    await expect(question).toBeVisible()
    const text = await question.innerText()
    const answer = await answerOf(page, text)
    // The term's own names are blanked out of the question.
    expect(text).not.toContain(answer)

    const choices = quiz.getByRole('list', { name: '选项' }).getByRole('button')
    await expect(choices).toHaveCount(4)
    const labels = (await choices.allInnerTexts()).map((t) => t.replace(/^\d\s*/, '').trim())
    const wrong = labels.findIndex((l) => l !== answer)
    await page.keyboard.press(String(wrong + 1))
    const result = quiz.getByRole('status')
    await expect(result).toHaveAttribute('data-quiz-result', 'wrong')
    await expect(result).toHaveText(`答错了，正确答案是「${answer}」`)
    await expect(quiz.getByRole('heading', { name: `「${answer}」的释义` })).toBeVisible()

    await page.keyboard.press('Enter')
    await expect(result).not.toHaveAttribute('data-quiz-result', /./)
    const second = await question.innerText()
    expect(second).not.toBe(text)
    const secondAnswer = await answerOf(page, second)
    await quiz.getByRole('button', { name: secondAnswer, exact: true }).click()
    await expect(result).toHaveAttribute('data-quiz-result', 'correct')
    await expect(result).toHaveText('答对了！')
    await expect(quiz.getByText('本轮答对 1 / 2')).toBeVisible()
  })

  test('asks in English with ?lang=en', async ({ page }) => {
    await page.goto('/?view=quiz&lang=en')
    await expect(page.getByRole('heading', { name: 'Self-test: which term is this?' })).toBeVisible()
    await expect(page.locator('[data-quiz]').getByRole('button')).toHaveCount(4)
  })
})
