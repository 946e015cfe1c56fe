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
  it.each<[string, { start: number; end: number; target: string }[], [string, string][]]>([
    [
      '基于MQA改进的注意力机制',
      [{ start: 2, end: 5, target: 'mqa' }],
      [
        ['text', '基于'],
        ['term', 'MQA'],
        ['text', '改进的注意力机制'],
      ],
    ],
    [
      'deepspeed见https://a.b/c',
      [{ start: 0, end: 9, target: 'deepspeed' }],
      [
        ['term', 'deepspeed'],
        ['text', '见'],
        ['url', 'https://a.b/c'],
      ],
    ],
    // A span from a stale graph that overlaps or runs past the text is left as text.
    ['ab', [{ start: 1, end: 9, target: 'x' }], [['text', 'ab']]],
    [
      'abcd',
      [
        { start: 0, end: 2, target: 'x' },
        { start: 1, end: 3, target: 'y' },
      ],
      [
        ['term', 'ab'],
        ['text', 'cd'],
      ],
    ],
  ])('mentions in %j', (input, mentions, expected) => {
    const parts = linkify(input, mentions)
    expect(parts.map((p) => [p.kind, p.text])).toEqual(expected)
    expect(parts.map((p) => p.text).join('')).toBe(input)
  })
})
