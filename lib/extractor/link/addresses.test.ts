import { describe, expect, it } from 'vitest'
import { addressSpans, blankAddresses, definitionLinks } from './addresses'

describe('addresses', () => {
  it.each<[string, string[]]>([
    ['见 https://x.org/a-b 与 MQA', ['https://x.org/a-b']],
    ['详见第二章（../ch02/readme.md）。', ['（../ch02/readme.md）']],
    ['Networks built from rectifiers（#relu） suffer less', ['（#relu）']],
    ['the guide（guide.html#setup）', ['（guide.html#setup）']],
    ['检索增强生成（RAG）与 TCP/IP（网络）', []], // a name in brackets is no address
  ])('%s', (text, addresses) => {
    expect(addressSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(addresses)
  })

  it('blanks them with spaces, keeping offsets', () => {
    const text = '详见第二章（../ch02/prompt_advanced.md）。'
    const blank = blankAddresses(text)
    expect(blank).toHaveLength(text.length)
    expect(blank).not.toMatch(/prompt|advanced/)
  })
})

const term = (definition: string, links?: Array<{ start: number; end: number; href: string }>) => ({
  definition,
  ...(links ? { definitionLinks: links } : {}),
})
const linkAt = (text: string, visible: string, href: string) => {
  const start = text.indexOf(visible)
  return { start, end: start + visible.length, href }
}

describe('definitionLinks', () => {
  it('reads an in-page link as its anchor', () => {
    const text = 'Networks built from rectifiers suffer less.'
    const [link] = definitionLinks(term(text, [linkAt(text, 'rectifiers', '#relu')]))
    expect(link).toMatchObject({ anchor: 'relu' })
    expect(link?.reference).toBeUndefined()
  })

  it.each<[string, string, string]>([
    ['以大模型为大脑的系统。详见第十二章。', '第十二章', '详见第十二章'],
    ['A chart. See also: the full guide.', 'the full guide', 'See also: the full guide'],
    ['主页面：为什么需要对齐', '为什么需要对齐', '主页面：为什么需要对齐'],
    [
      'Proposed in 2017. Attention is all you need.',
      'Attention is all you need',
      'Attention is all you need',
    ], // alone in its sentence
  ])('takes a link elsewhere in %s as a reference', (text, visible, reference) => {
    const [link] = definitionLinks(term(text, [linkAt(text, visible, 'https://example.org/x')]))
    expect(link?.reference && text.slice(link.reference.start, link.reference.end)).toBe(reference)
  })

  it.each<[string, string]>([
    ['The mechanism at the heart of the transformer architecture.', 'transformer'],
    ['A family of algorithms (HNSW, IVF) that trade recall for speed.', 'HNSW'],
    ['Used in retrieval, as the survey shows.', 'the survey'],
  ])('reads a link inside a sentence as its text: %s', (text, visible) => {
    const [link] = definitionLinks(term(text, [linkAt(text, visible, 'https://example.org/x')]))
    expect(link?.reference).toBeUndefined()
  })

  it('joins two references of one lead-in', () => {
    const text = '设计提示词的技术。详见第九章和第十章。'
    const links = definitionLinks(
      term(text, [linkAt(text, '第九章', '../09/README.md'), linkAt(text, '第十章', '../10/README.md')]),
    )
    expect(links.map((l) => l.reference && text.slice(l.reference.start, l.reference.end))).toEqual([
      '详见第九章',
      '详见第九章和第十章',
    ])
  })

  it('finds links in the text a reader wrote as "text（address）" when it recorded none', () => {
    const text = '一种提示技巧。详见第十章第一节（../10/10.1_cot.md）。Built from rectifiers（#relu）.'
    const links = definitionLinks(term(text))
    expect(
      links.map((l) => l.anchor ?? (l.reference && text.slice(l.reference.start, l.reference.end))),
    ).toEqual(['详见第十章第一节', 'relu'])
  })
})
