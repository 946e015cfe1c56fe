import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../diagnostics'
import { readMarkdown } from './markdown'

const read = (markdown: string) => readMarkdown(markdown, 'g.md')

// [case, markdown, expected [head, definition, section] per entry]
const cases: Array<[string, string, Array<[string, string, string | undefined]>]> = [
  [
    'full-width colon paragraphs',
    '# 词表\n\n模型（Model）：从数据学到的函数。\n\n特征：样本的一个属性。\n\n标签：样本的正确答案。\n',
    [
      ['模型（Model）', '从数据学到的函数。', undefined],
      ['特征', '样本的一个属性。', undefined],
      ['标签', '样本的正确答案。', undefined],
    ],
  ],
  [
    'one entry per line in one paragraph',
    'Prompt: what the client sends\nCompletion: what the model returns\nToken: one unit of text\n',
    [
      ['Prompt', 'what the client sends', undefined],
      ['Completion', 'what the model returns', undefined],
      ['Token', 'one unit of text', undefined],
    ],
  ],
  [
    'spaced dashes and em dashes',
    'Batching - serving requests together.\n\nLatency — how long one request waits.\n\nThroughput - tokens per second.\n',
    [
      ['Batching', 'serving requests together.', undefined],
      ['Latency', 'how long one request waits.', undefined],
      ['Throughput', 'tokens per second.', undefined],
    ],
  ],
  [
    'credit lines, a section title, a continuation paragraph and a see-also line',
    '# 词表\n\n翻译：林小北\n\n基础\n\n模型：从数据学到的函数。\n\n它把输入变成预测。\n\n另请参阅：https://example.org/model\n\n特征：样本的一个属性。\n\n训练\n\n轮次：把训练集过一遍。\n',
    [
      ['模型', '从数据学到的函数。它把输入变成预测。→ https://example.org/model', '基础'],
      ['特征', '样本的一个属性。', '基础'],
      ['轮次', '把训练集过一遍。', '训练'],
    ],
  ],
  [
    'a name alone, its definition in the paragraphs after it',
    '# Glossary\n\nPrompt\n\nThe text a client sends.\n\nCompletion\n\nThe text the model returns.\n\nIt may be streamed.\n\nSafety\n\nGuardrail\n\nA check on the prompt or the completion.\n',
    [
      ['Prompt', 'The text a client sends.', undefined],
      ['Completion', 'The text the model returns. It may be streamed.', undefined],
      ['Guardrail', 'A check on the prompt or the completion.', 'Safety'],
    ],
  ],
]

describe('plain entries', () => {
  it.each(cases)('%s', (_name, markdown, expected) => {
    const { entries } = read(markdown)
    expect(entries.map((e) => [e.head, e.definition, e.section])).toEqual(expected)
    expect(entries.every((e) => e.shape === 'plain')).toBe(true)
  })

  it('notes what is not an entry: credits, section titles, the introduction, a footer paragraph', () => {
    const { diagnostics } = read(
      '翻译：林小北\n\n这份词表收了常用词。\n\n基础\n\n模型：函数。\n\n特征：属性。\n\n标签：答案。\n\n---\n\n欢迎指正。\n',
    )
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'g.md:1: note: skipped credit line',
      'g.md:3: note: skipped prose introduction (paragraph)',
      'g.md:5: note: read as section title "基础"',
      'g.md:15: note: skipped footer',
    ])
  })

  it.each([
    [
      'one or two labels in prose',
      'Note: this list is short.\n\nIt grows: slowly.\n\nMore prose follows here.\n',
    ],
    [
      'prose whose later lines have a colon',
      'We wrote this list for new readers.\nIt covers: models, data, training.\nAnd: evaluation.\n\nThe end.\n',
    ],
    ['short lines that are not followed by definitions', 'Prompt\n\nCompletion\n\nToken\n'],
  ])('reads no entries from %s', (_name, markdown) => {
    expect(read(markdown).entries).toEqual([])
  })
})
