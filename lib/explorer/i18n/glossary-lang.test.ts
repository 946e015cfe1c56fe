import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { glossaryLang, hanShare } from './glossary-lang'

const whole = (path: string) => [{ label: '', definition: readFileSync(join(process.cwd(), path), 'utf8') }]

describe('glossaryLang', () => {
  it.each([
    ['the bundled glossary', 'glossary/glossary.md', 'zh'],
    ['an English definition list', 'lib/__fixtures__/shapes/en-deflist.md', 'en'],
    ['an English table with abbreviations', 'lib/__fixtures__/shapes/en-table-abbreviation.md', 'en'],
    ['a Chinese bullet list', 'lib/__fixtures__/shapes/zh-bullet-colon.md', 'zh'],
  ])('%s → %s', (_, path, lang) => expect(glossaryLang(whole(path))).toBe(lang))

  it.each([
    [
      [
        {
          label: 'RLHF',
          definition: '以强化学习方式依据人类反馈微调模型（Reinforcement Learning from Human Feedback）',
        },
      ],
      'zh',
    ],
    [[{ label: 'chunk', definition: 'A contiguous span of a source document (又称 分块).' }], 'en'],
    [[{ label: 'Transformer', definition: '' }], 'en'],
    [[], 'en'],
  ])('%j → %s', (terms, lang) => expect(glossaryLang(terms)).toBe(lang))

  it('counts Han characters among letters only', () => {
    expect(hanShare(['注意力 ab 12 !'])).toBeCloseTo(3 / 5)
    expect(hanShare(['123'])).toBe(0)
  })
})
