import { describe, expect, it } from 'vitest'
import { foldName, hasHan, urlSpans } from './text'
import { blankUrls } from '../extractor/prose'
import { linkify } from '../explorer/linkify'
import { findMentions } from '../extractor/link/mentions'
import { parseGlossary } from '../extractor/parse'

describe('urlSpans', () => {
  it.each([
    ['见https://x.org/a中文MQA改进', ['https://x.org/a']],
    ['see https://x.org/a/b.html.', ['https://x.org/a/b.html']],
    ['（https://x.org/p?q=1）后', ['https://x.org/p?q=1']],
    ['两个：http://a.io，https://b.io。', ['http://a.io', 'https://b.io']],
    ['no url here', []],
  ])('%s', (text, urls) => {
    expect(urlSpans(text).map(({ start, end }) => text.slice(start, end))).toEqual(urls)
  })
})

describe('one URL rule for extractor and browser', () => {
  const text = '见https://x.org/a中文MQA改进'
  it('the extractor blanks exactly what the page links', () => {
    const linked = linkify(text).filter((p) => p.kind === 'url')
    expect(linked.map((p) => p.text)).toEqual(['https://x.org/a'])
    expect(blankUrls(text)).toBe(`见${' '.repeat('https://x.org/a'.length)}中文MQA改进`)
  })
  it('a name right after a URL is still a mention', () => {
    const { terms } = parseGlossary([
      { path: 'g.md', content: `- MQA，Multi Query Attention的简写\n- GQA，${text}\n` },
    ])
    const { mentions } = findMentions(terms)
    expect(mentions.map((m) => `${terms[m.source]?.label}->${terms[m.target]?.label}`)).toEqual(['GQA->MQA'])
  })
})

describe('foldName', () => {
  it.each([
    ['Layer Norm', 'layernorm'],
    ['layer-norm', 'layernorm'],
    ['LayerNorm', 'layernorm'],
    ['ＧＰＴ', 'gpt'],
    ['GPT-3.5', 'gpt3.5'],
    ['注意力 机制', '注意力机制'],
  ])('%s → %s', (name, folded) => expect(foldName(name)).toBe(folded))
})

it('hasHan', () => {
  expect([hasHan('注意力'), hasHan('MQA'), hasHan('基于MQA')]).toEqual([true, false, true])
})
