import { describe, expect, it } from 'vitest'
import { linkify } from './linkify'

describe('linkify', () => {
  it.each<[string, [string, string][]]>([
    ['plain 文本', [['text', 'plain 文本']]],
    [
      '一般指https://huggingface.co/GanymedeNil/text2vec-large-chinese',
      [
        ['text', '一般指'],
        ['url', 'https://huggingface.co/GanymedeNil/text2vec-large-chinese'],
      ],
    ],
    [
      '见 http://a.b/c。然后',
      [
        ['text', '见 '],
        ['url', 'http://a.b/c'],
        ['text', '。然后'],
      ],
    ],
    [
      'end https://a.b/c.',
      [
        ['text', 'end '],
        ['url', 'https://a.b/c'],
        ['text', '.'],
      ],
    ],
    [
      'javascript:alert(1) <img src=x onerror=alert(1)>',
      [['text', 'javascript:alert(1) <img src=x onerror=alert(1)>']],
    ],
    ['https://', [['text', 'https://']]],
    ['', []],
  ])('%j', (input, expected) => {
    const parts = linkify(input)
    expect(parts.map((p) => [p.kind, p.text])).toEqual(expected)
    expect(parts.map((p) => p.text).join('')).toBe(input)
  })
})
