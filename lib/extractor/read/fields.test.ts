import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../diagnostics'
import { parseGlossary } from '../parse'
import { readField, isCreditLine } from './fields'

const parse = (markdown: string) => parseGlossary([{ path: 'g.md', content: markdown }])

describe('readField', () => {
  it.each([
    ['中文：注意力', 'gloss', '注意力'],
    ['英文: Attention Mechanism', 'expansion', 'Attention Mechanism'],
    ['全称：Retrieval-Augmented Generation', 'expansion', 'Retrieval-Augmented Generation'],
    ['Also known as: self-attention', 'alias', 'self-attention'],
    ['一句话：按相关性加权', 'definition', '按相关性加权'],
    ['Example: align words', 'example', 'align words'],
    ['See also: Transformer', 'see-also', 'Transformer'],
    ['另请参阅：https://x.org/a', 'see-also', 'https://x.org/a'],
    ['Related Chapters: Hardware（02-hardware.md）', 'see-also', 'Hardware（02-hardware.md）'],
    ['相关章节：第三章', 'see-also', '第三章'],
    ['翻译：王五', 'credit', '王五'],
    ['Last updated: 2024-05-01', 'credit', '2024-05-01'],
  ])('%s', (text, kind, value) => {
    expect(readField(text)).toMatchObject({ kind, value })
  })

  it.each([
    ['Attention: weighs tokens'],
    ['注意力：按相关性加权'],
    ['Ratio 3:4 is common'],
    ['中文版即将发布'],
  ])('not a field: %s', (text) => {
    expect(readField(text)).toBeUndefined()
  })

  it.each([
    ['翻译：王五', true],
    ['Source: https://x.org/glossary', true],
    ['License: the terms under which a model may be used, changed and shared with others', false],
    ['Attention: weighs tokens', false],
  ])('credit line? %s', (text, credit) => {
    expect(isCreditLine(text)).toBe(credit)
  })
})

describe('labelled lines under a term', () => {
  it.each([
    [
      'lines under a heading',
      '# G\n\n### Attention\n中文：注意力\n英文：Attention Mechanism\n一句话：按相关性给输入加权。\nAlso known as: self-attention\nExample: 翻译时对齐源词\nSee also: [Transformer](#transformer)\n',
    ],
    [
      'bold lines after a bold term',
      '**Attention**\n按相关性给输入加权。\n\n**中文**：注意力\n**英文**：Attention Mechanism\n**Also known as**: self-attention\n**Example**: 翻译时对齐源词\n**See also**: [Transformer](#transformer)\n',
    ],
    [
      'nested bullets under a bullet',
      '- **Attention**\n  - 中文：注意力\n  - 英文：Attention Mechanism\n  - 按相关性给输入加权。\n  - Also known as: self-attention\n  - Example: 翻译时对齐源词\n  - See also: [Transformer](#transformer)\n',
    ],
  ])('%s', (_shape, markdown) => {
    const { terms } = parse(markdown)
    expect(terms.map((t) => [t.label, t.gloss, t.expansion, t.definition, t.examples])).toEqual([
      [
        'Attention',
        '注意力',
        'Attention Mechanism',
        '按相关性给输入加权。→ Transformer',
        'Example: 翻译时对齐源词',
      ],
    ])
    expect(terms[0]?.aliases).toContain('self-attention')
    expect(terms[0]?.definitionLinks?.map((l) => l.href)).toEqual(['#transformer'])
  })
})

describe('bold lines that are not terms', () => {
  it('skips lines about the document and labels with a count, each with a note', () => {
    const { terms, diagnostics } = parse(
      '# G\n\n**Author**: Wang Wu\n**Scope**: the words this book uses\n**Terms**: 120+\n\n**Agent**: acts with tools.\n\n**Source**: where a dataset comes from, who made it and how it was gathered\n',
    )
    expect(terms.map((t) => t.label)).toEqual(['Agent', 'Source'])
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'g.md:3: note: skipped line about the document',
      'g.md:4: note: skipped line about the document',
      'g.md:5: note: skipped label with a value, not a definition',
    ])
  })
})
