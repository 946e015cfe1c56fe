import { describe, expect, it } from 'vitest'
import type { Term } from '../../format/types'
import { findMentions } from './mentions'

const term = (label: string, definition: string, extra: Partial<Term> = {}): Term => ({
  label,
  slug: label.toLowerCase(),
  definition,
  aliases: [label],
  source: { file: 'g.md', line: 1 },
  ...extra,
})
const link = (text: string, visible: string, href: string) => {
  const start = text.indexOf(visible)
  return { start, end: start + visible.length, href }
}

/** Each mention as "source → target [via]". */
function edges(terms: Term[]): string[] {
  const { mentions } = findMentions(terms)
  return mentions.map(
    (m) => `${terms[m.source]?.label} → ${terms[m.target]?.label}${m.via ? ` [${m.via}]` : ''}`,
  )
}

describe('links in definitions', () => {
  const squash = 'Nets of rectifiers and of squashing units.'
  const terms = [
    term('ReLU', 'Zero below zero.'),
    term('Sigmoid', 'Squashes into (0, 1).', { anchors: ['logistic'] }),
    term('Neural Network', 'Layers of units.'),
    term('Vanishing Gradient', squash, {
      definitionLinks: [link(squash, 'rectifiers', '#relu'), link(squash, 'squashing units', '#logistic')],
    }),
  ]

  it('resolves an in-page link through the anchor, whatever its text says', () => {
    expect(edges(terms)).toEqual([
      'Vanishing Gradient → ReLU [anchor]',
      'Vanishing Gradient → Sigmoid [anchor]',
    ])
  })

  it('lets the anchor decide over a name inside the link text', () => {
    const text = 'Smaller than a convolutional neural network.'
    const found = edges([
      term('CNN', 'Filters over images.'),
      term('Neural Network', 'Layers of units.'),
      term('Pooling', text, { definitionLinks: [link(text, 'convolutional neural network', '#cnn')] }),
    ])
    expect(found).toEqual(['Pooling → CNN [anchor]'])
  })

  it('marks a name found only in the title of a link elsewhere as a link-title mention', () => {
    const text = 'Order for each input. Further reading: Why attention needs order.'
    const found = edges([
      term('Attention', 'Weighs positions.'),
      term('Positional Encoding', text, {
        definitionLinks: [link(text, 'Why attention needs order', 'https://example.org/why')],
      }),
    ])
    expect(found).toEqual(['Positional Encoding → Attention [link-title]'])
  })

  it('keeps the strongest way one term names another: anchor, then text, then link title', () => {
    const text = 'Uses attention. See also: attention explained. Built on attention blocks.'
    const [title, anchor] = [
      link(text, 'attention explained', 'https://x.org'),
      link(text, 'attention blocks', '#attention'),
    ]
    expect(edges([term('Attention', 'Weighs.'), term('T', text, { definitionLinks: [title] })])).toEqual([
      'T → Attention',
    ])
    expect(
      edges([term('Attention', 'Weighs.'), term('T', text, { definitionLinks: [title, anchor] })]),
    ).toEqual(['T → Attention [anchor]'])
  })

  it('never finds a name in an address', () => {
    expect(
      edges([
        term('Attention', 'Weighs positions.'),
        term(
          'Dropout',
          'Notes at https://example.com/attention-tricks and in the book（../attention/notes.md）.',
        ),
      ]),
    ).toEqual([])
  })

  it('resolves a heading slug when the reader recorded no anchors', () => {
    const text = 'See how batch norm works（#batch-normalization）.'
    expect(edges([term('Batch Normalization', 'Rescales.'), term('Layer Norm', text)])).toEqual([
      'Layer Norm → Batch Normalization [anchor]',
    ])
  })
})

describe("a term's own label", () => {
  it.each<[string, string, string[]]>([
    ['指令微调', '让模型遵循指令', ['指令微调 → 微调']], // the head of its label: a kind of 微调
    ['Vision Transformer', 'Images as patches.', ['Vision Transformer → Transformer']],
    ['微调评测', '比较微调前后的效果', ['微调评测 → 微调']], // found in its definition instead
    ['Gradient Checkpointing', 'Recomputes activations.', []], // "Checkpointing" is not written as Checkpoint
  ])('%s names only the term it is a kind of', (label, definition, expected) => {
    const terms = [
      term('微调', '在预训练模型上继续训练'),
      term('Transformer', 'Attention blocks.'),
      term('Checkpoint', 'Saved weights.'),
      term(label, definition),
    ]
    expect(edges(terms)).toEqual(expected)
  })
})
