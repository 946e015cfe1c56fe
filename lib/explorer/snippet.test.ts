import { describe, expect, it } from 'vitest'
import { snippet } from './snippet'

describe('snippet', () => {
  it.each([
    ['短文本中的强化', ['强化'], 24, { before: '短文本中的', match: '强化', after: '' }],
    ['Uses LoRA adapters', ['lora'], 24, { before: 'Uses ', match: 'LoRA', after: ' adapters' }],
    ['0123456789强化0123456789', ['强化'], 4, { before: '…6789', match: '强化', after: '0123…' }],
    // The whole query is preferred over one of its words that occurs earlier.
    ['学习率与强化学习', ['强化学习', '学习'], 24, { before: '学习率与', match: '强化学习', after: '' }],
    ['学习率', ['强化学习', '学习'], 24, { before: '', match: '学习', after: '率' }],
  ])('%s', (text, needles, radius, expected) => {
    expect(snippet(text, needles, radius)).toEqual(expected)
  })
  it.each([
    ['no needle occurs', 'abc', ['x']],
    ['blank needles are skipped', 'abc', ['  ']],
  ])('undefined when %s', (_name, text, needles) => {
    expect(snippet(text, needles)).toBeUndefined()
  })
})
