import { describe, expect, it } from 'vitest'
import { parseGlossary } from './'
import { slugify, createSlugAllocator } from './slug'
import { formatDiagnostic } from '../diagnostics'

const parse = (content: string, path = 'g.md') => parseGlossary([{ path, content }])

describe('parseGlossary', () => {
  it('reports a duplicate term (case and space insensitive) naming both places, and every problem at once', () => {
    const { diagnostics } = parse(
      '# T\n\n## L\n\n- Layer Norm，层归一化\n- layernorm，重复\n- LayerNorm，又重复\n',
    )
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'g.md:6: error: duplicate term "layernorm": already defined at g.md:5',
      'g.md:7: error: duplicate term "LayerNorm": already defined at g.md:5',
    ])
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
