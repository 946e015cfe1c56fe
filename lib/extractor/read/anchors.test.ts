import { describe, expect, it } from 'vitest'
import { parseGlossary } from '../parse'
import { readMarkdown } from './markdown'
import { headingAttributes } from './split-sections'

const terms = (markdown: string) => parseGlossary([{ path: 'g.md', content: markdown }]).terms

describe('heading attributes', () => {
  it.each([
    ['聚合 {#aggregation}', '聚合', ['aggregation']],
    ['Attention {#attn .term}', 'Attention', ['attn']],
    ['Attention {: #attn}', 'Attention', ['attn']],
    ['Attention {.term data-level="2"}', 'Attention', []],
    ['Set {A, B}', 'Set {A, B}', []],
    ['Braces {}', 'Braces {}', []],
  ])('%s', (written, text, ids) => {
    expect(headingAttributes(written)).toEqual({ text, ids })
  })
})

describe('anchors', () => {
  it.each([
    [
      'a heading attribute leaves the name and becomes the anchor',
      '# G\n\n### 聚合 {#aggregation}\n\n把多行合成一行。\n\n### 属性 {#attribute}\n\n数据的一列。\n',
      [
        ['聚合', ['aggregation']],
        ['属性', ['attribute']],
      ],
    ],
    [
      'a heading without attributes gets the id GitHub gives it, repeats counted',
      '# G\n\n## Activation function\n\nShapes outputs.\n\n## LLM (Large Language Model) - 大语言模型\n\nA model.\n\n## More\n\n### Activation function\n\nAgain.\n',
      [
        ['Activation function', ['activation-function', 'activation-function-1']],
        ['LLM', ['llm-large-language-model---大语言模型']],
      ],
    ],
    [
      'inline HTML in a heading: its ids, and the slug of its text',
      '# G\n\n## <span id="relu">ReLU</span>\n\nClips below zero.\n\n## GELU <a name="gelu"></a>\n\nSmooth.\n',
      [
        ['ReLU', ['relu']],
        ['GELU', ['gelu']],
      ],
    ],
    [
      'an anchor before a bold name, inside a bullet name, on a definition-list term',
      '<a name="lora"></a>**LoRA**: low-rank adapters.\n\n- **<span id="dpo">DPO</span>**: preference tuning.\n\n<a id="kv"></a>KV cache\n: keys and values kept.\n',
      [
        ['LoRA', ['lora']],
        ['DPO', ['dpo']],
        ['KV cache', ['kv']],
      ],
    ],
    [
      'an id in a table name cell',
      '| Term | Definition |\n| --- | --- |\n| <a name="moe"></a>MoE | routes tokens to experts |\n',
      [['MoE', ['moe']]],
    ],
  ])('%s', (_name, markdown, expected) => {
    expect(terms(markdown).map((t) => [t.label, t.anchors])).toEqual(expected)
  })

  it('reads the name of inline HTML as its text', () => {
    const { entries } = readMarkdown('- <code>top_k</code> <br> sampling: keeps the k best\n', 'g.md')
    expect(entries.map((e) => e.head)).toEqual(['top_k sampling'])
  })
})

describe('definition links', () => {
  it('gives the span of each link’s visible text; only web addresses stay in the text', () => {
    const [term] = terms(
      '# G\n\n## Vanishing gradient\n\nHits [RNNs](#rnn) hard ([chapter 3](../ch03/README.md)); see [the paper](https://x.org/p) and https://y.org/q.\n',
    )
    const definition = term?.definition ?? ''
    expect(definition).toBe(
      'Hits RNNs hard (chapter 3); see the paper（https://x.org/p） and https://y.org/q.',
    )
    expect(term?.definitionLinks?.map((l) => [definition.slice(l.start, l.end), l.href])).toEqual([
      ['RNNs', '#rnn'],
      ['chapter 3', '../ch03/README.md'],
      ['the paper', 'https://x.org/p'],
      ['https://y.org/q', 'https://y.org/q'],
    ])
  })

  it.each([
    ['a bold entry', '**Dropout** — zeroes units, unlike [BatchNorm](#batchnorm).\n'],
    ['a bullet', '- Dropout: zeroes units, unlike [BatchNorm](#batchnorm).\n'],
    ['a definition list', 'Dropout\n: zeroes units, unlike [BatchNorm](#batchnorm).\n'],
    [
      'a table',
      '| Term | Definition |\n| --- | --- |\n| Dropout | zeroes units, unlike [BatchNorm](#batchnorm). |\n',
    ],
    ['the one-line dialect', '- Dropout，随机丢弃，不同于[BatchNorm](#batchnorm)\n'],
  ])('in %s', (_shape, markdown) => {
    const [term] = terms(markdown)
    const [link] = term?.definitionLinks ?? []
    expect(link && term?.definition.slice(link.start, link.end)).toBe('BatchNorm')
    expect(link?.href).toBe('#batchnorm')
  })

  it('keeps both entries’ links, moved, when a term written twice is merged', () => {
    const [term] = terms(
      '# G\n\n- **RAG**: see [retrieval](#retrieval)\n- **RAG**: uses [vectors](#vectors)\n',
    )
    const definition = term?.definition ?? ''
    expect(term?.definitionLinks?.map((l) => definition.slice(l.start, l.end))).toEqual([
      'retrieval',
      'vectors',
    ])
  })
})
