import { describe, expect, it } from 'vitest'
import { parseGlossary } from './'
import { slugify, createSlugAllocator } from './slug'
import { formatDiagnostic } from '../diagnostics'

const parse = (content: string, path = 'g.md') => parseGlossary([{ path, content }])

describe('parseGlossary', () => {
  it('merges a term written twice (case and space insensitive), warning at both lines', () => {
    const { diagnostics, terms } = parse('# T\n\n## L\n\n- Layer Norm，层归一化\n- layernorm，按层归一化\n')
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'g.md:5: warning: duplicate term "layernorm" (also at g.md:6); entries merged',
      'g.md:6: warning: duplicate term "layernorm" (also at g.md:5); entries merged',
    ])
    expect(terms).toHaveLength(1)
    expect(terms[0]).toMatchObject({ label: 'Layer Norm', gloss: '层归一化', source: { line: 5 } })
  })

  it('keeps every definition of a merged term in order, and every name', () => {
    const { terms } = parse(
      '# T\n\n**LoRA (Low-Rank Adaptation)**: trains adapters.\n\n## More\n\n- **LoRA**: freezes the base model\n  - Example: rank 8\n',
    )
    expect(terms.map((t) => [t.label, t.definition, t.examples, t.aliases])).toEqual([
      [
        'LoRA',
        'trains adapters.\n\nfreezes the base model',
        'Example: rank 8',
        ['LoRA', 'Low-Rank Adaptation'],
      ],
    ])
  })

  it('warns when two terms share a name', () => {
    const { diagnostics } = parse('# T\n\n- **Embedding (向量)**: a vector\n- **Vector (向量)**: an array\n')
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'g.md:4: warning: "向量" names both "Embedding" (g.md:3) and "Vector"',
    ])
  })

  it('leaves a name one term lists among others to the term it names itself', () => {
    const { terms, diagnostics } = parse(
      '# T\n\n**Bot (机器人/聊天机器人)**\n- runs tasks\n\n**Chatbot (聊天机器人)**\n- talks\n',
    )
    expect(terms.map((t) => [t.label, t.aliases])).toEqual([
      ['Bot', ['Bot', '机器人']],
      ['Chatbot', ['Chatbot', '聊天机器人']],
    ])
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'g.md:6: warning: "聊天机器人" names both "Bot" (g.md:3) and "Chatbot"',
    ])
  })

  it.each([
    [
      'the abbreviation first',
      '**RAG**\n先查资料再回答。\n\n**检索增强生成（Retrieval-Augmented Generation/RAG）**\n检索后生成。\n',
      ['RAG', '检索增强生成'],
    ],
    [
      'the abbreviation second',
      '**检索增强生成（Retrieval-Augmented Generation/RAG）**\n检索后生成。\n\n**RAG**\n先查资料再回答。\n',
      ['检索增强生成', 'RAG'],
    ],
  ])(
    'keeps two entries that each define the term in their own words as a same-as pair (%s)',
    (_order, markdown, labels) => {
      const { terms, sameAs, diagnostics } = parse(`# T\n\n${markdown}`)
      expect(terms.map((t) => t.label)).toEqual(labels)
      expect(sameAs).toEqual([[1, 0]])
      expect(terms.map((t) => t.definition).sort()).toEqual(['先查资料再回答。', '检索后生成。'])
      const duplicates = diagnostics.filter((d) => d.code === 'duplicate')
      expect(duplicates.map((d) => d.source.line)).toEqual([3, 6])
      expect(duplicates[0]?.message).toContain('kept as two entries of the same thing')
      // The shared name has its one warning: no second "names both" for the pair.
      expect(diagnostics.filter((d) => d.code === 'alias-conflict')).toEqual([])
    },
  )

  it('merges an entry that adds only names into the entry that defines the term', () => {
    const { terms, sameAs, diagnostics } = parse(
      '# T\n\n**检索增强生成（Retrieval-Augmented Generation/RAG）**\n检索后生成。\n\n## 缩写\n\n**RAG** - Retrieval-Augmented Generation (检索增强生成)\n',
    )
    expect(terms).toHaveLength(1)
    expect(sameAs).toEqual([])
    expect(terms[0]?.aliases).toEqual(
      expect.arrayContaining(['RAG', '检索增强生成', 'Retrieval-Augmented Generation']),
    )
    expect(terms[0]?.definition).toBe('检索后生成。')
    expect(diagnostics.filter((d) => d.code === 'duplicate')[0]?.message).toContain('entries merged')
  })

  it('merges a term listed again under its abbreviation, by its full or Chinese name', () => {
    const { terms, diagnostics } = parse(
      [
        '# T',
        '',
        '| 中文 | 英文 | 释义 |',
        '| --- | --- | --- |',
        '| 首字延迟 | Time to First Token | 从请求到第一个 Token 的时间 |',
        '| 分页注意力 | PagedAttention | 按块管理键值缓存 |',
        '',
        '| 缩写 | 全称 | 释义 |',
        '| --- | --- | --- |',
        '| TTFT | Time to First Token | 首字延迟 |',
        '',
        '- **分页注意力（PagedAttention）**',
        '  - 示例：vLLM 用它管理缓存',
        '',
      ].join('\n'),
    )
    expect(terms.map((t) => [t.label, t.aliases, t.definition])).toEqual([
      ['Time to First Token', ['Time to First Token', '首字延迟', 'TTFT'], '从请求到第一个 Token 的时间'],
      ['PagedAttention', ['PagedAttention', '分页注意力'], '按块管理键值缓存'],
    ])
    expect(diagnostics.filter((d) => d.code === 'duplicate').map((d) => d.source.line)).toEqual([
      5, 10, 6, 12,
    ])
  })

  it('reads names in every shape: label, abbreviation, English full name, Chinese name', () => {
    const { terms } = parse(
      '# T\n\n**通用人工智能（Artificial General Intelligence/AGI）**\n设想中的人工智能。\n\n- GPU (Graphics Processing Unit) - 图形处理器: runs training\n\n### Agent\n\n智能体，调用工具的程序。\n\n### BPE\n\n分词算法。\n',
    )
    expect(terms.map((t) => [t.label, t.expansion, t.gloss, t.aliases, t.definition])).toEqual([
      [
        '通用人工智能',
        'Artificial General Intelligence',
        undefined,
        ['通用人工智能', 'Artificial General Intelligence', 'AGI'],
        '设想中的人工智能。',
      ],
      [
        'GPU',
        'Graphics Processing Unit',
        '图形处理器',
        ['GPU', 'Graphics Processing Unit', '图形处理器'],
        'runs training',
      ],
      ['Agent', undefined, '智能体', ['Agent', '智能体'], '调用工具的程序。'],
      ['BPE', undefined, undefined, ['BPE'], '分词算法。'],
    ])
  })

  it('refuses a glossary without terms, naming the shapes it reads and the lines it could not', () => {
    const { terms, diagnostics } = parse('# T\n\nSome introduction.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n')
    expect(terms).toEqual([])
    const [error] = diagnostics.filter((d) => d.severity === 'error')
    expect(error?.source).toEqual({ file: 'g.md', line: 1 })
    expect(error?.message).toContain('no terms found')
    expect(error?.message).toContain('"**Term**: definition"')
    expect(error?.message).toContain('g.md:3: Some introduction. (skipped prose introduction (paragraph))')
    expect(error?.message).toContain('g.md:5: | a | b |')
  })

  it('warns about a term under the wrong letter and an entry without a definition', () => {
    const { diagnostics, terms } = parse('# T\n\n## A\n\n- Adam，优化器\n- Zebra，斑马\n- Reward model\n')
    expect(terms.map((t) => t.label)).toEqual(['Adam', 'Zebra', 'Reward model'])
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'g.md:6: warning: "Zebra" is filed under A but starts with Z',
      'g.md:7: warning: "Reward model" has no definition',
      'g.md:7: warning: "Reward model" is filed under A but starts with R',
    ])
  })

  it('files a Chinese name by its pinyin initial', () => {
    expect(parse('# T\n\n## Q\n\n- 强化学习，一种学习范式\n').diagnostics).toEqual([])
  })

  it('files a term by any of its names: 智能体（Agent） under A, not under its pinyin Z', () => {
    expect(parse('# T\n\n## A\n\n**智能体（Agent）**\n能自己规划并调用工具的程序\n').diagnostics).toEqual([])
    expect(
      parse('# T\n\n## B\n\n**智能体（Agent）**\n能自己规划并调用工具的程序\n').diagnostics.map(
        formatDiagnostic,
      ),
    ).toEqual(['g.md:5: warning: "智能体" is filed under B but starts with Z'])
  })

  it('collects aliases: label, parenthesised name, expansion, gloss', () => {
    const [term] = parse('# T\n\n## P\n\n- Perplexity（PPL），困惑度，越低越好\n').terms
    expect(term?.aliases).toEqual(['Perplexity', 'PPL', '困惑度'])
    expect(term?.source).toEqual({ file: 'g.md', line: 5 })
  })
})

describe('slugs', () => {
  it.each([
    ['Grouped query attention', 'grouped-query-attention'],
    ['KV Cache', 'kv-cache'],
    ['强化学习', 'qiang-hua-xue-xi'],
    ['KV缓存', 'kv-huan-cun'],
    ['C++', 'c-plus-plus'],
    ['text2vec', 'text2vec'],
    ['Muti-head Attention', 'muti-head-attention'],
    ['a/b', 'a-b'],
    ['！！', 'term'],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug)
    expect(slug).toMatch(/^[a-z0-9-]+$/)
  })

  it('keeps slugs unique in source order', () => {
    const allocate = createSlugAllocator()
    expect(['C#', 'C', 'c'].map(allocate)).toEqual(['c-sharp', 'c', 'c-2'])
  })
})

describe('a list of abbreviations after the entries', () => {
  it('reads `**ABBR** - Full Name (中文)` as names, and merges the ones defined above', () => {
    const { terms, diagnostics } = parse(
      [
        '# T',
        '',
        '**Machine Learning (机器学习/ML)**',
        '- learns from data',
        '',
        '## Abbreviations',
        '',
        '**ML** - Machine Learning (机器学习)',
        '**ROI** - Return on Investment (投资回报率)',
        '',
      ].join('\n'),
    )
    expect(terms.map((t) => [t.label, t.expansion, t.gloss, t.definition])).toEqual([
      ['Machine Learning', undefined, '机器学习', 'learns from data'],
      ['ROI', 'Return on Investment', '投资回报率', ''],
    ])
    expect(terms[0]?.aliases).toContain('ML')
    expect(diagnostics.filter((d) => d.code === 'duplicate').map((d) => d.source.line)).toEqual([3, 8])
  })
})
