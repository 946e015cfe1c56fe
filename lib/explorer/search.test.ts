import { describe, expect, it } from 'vitest'
import { buildLookup } from './graph-model'
import { allEdges } from './lookup'
import { createSearch, tokenize } from './search'
import { sampleGraph, term } from '../format/testing/sample-graph'

const lookup = buildLookup(sampleGraph)
const search = createSearch([...lookup.nodes.values()], allEdges(lookup))

describe('search', () => {
  it.each([
    ['MQA', 'mqa'],
    ['mqa', 'mqa'],
    ['Multi-head', 'muti-head-attention'],
    ['强化学习', 'rl'],
    ['Reinforcement', 'rl'],
    ['qhxx', 'rl'],
    ['zhuyili', 'concept:zhuyili'],
    ['zyl', 'concept:zhuyili'],
    ['多头', 'muti-head-attention'],
    ['grouped', 'gqa'],
    ['huggingface', 'text2vec'],
  ])('%s finds %s among the top hits', (q, id) => {
    expect(search(q, 3).map((h) => h.id)).toContain(id)
  })
  it('puts an exact label first', () => {
    expect(search('RL')[0]?.id).toBe('rl')
  })
  it.each([
    // A two-character Chinese query searches definitions too, not only names.
    ['注意', 'mqa', 'definition', '注意'],
    ['改进', 'gqa', 'definition', '改进'],
    ['MQA', 'mqa', 'name', undefined],
    ['加快计算', 'mqa', 'definition', '加快计算'],
  ])('%s finds %s in its %s', (q, id, field, match) => {
    const hit = search(q, 8).find((h) => h.id === id)
    expect(hit?.where.field).toBe(field)
    expect(hit?.where.field === 'name' ? undefined : hit?.where.match).toBe(match)
  })
  it('ranks a name match above a definition match', () => {
    // "MQA" is gqa's definition word and mqa's label.
    expect(search('MQA').map((h) => h.id)).toEqual(['mqa', 'gqa'])
  })
  it.each([[''], ['   '], ['%%%'], ['<img src=x>'], ['x'.repeat(500)]])('does not throw on %j', (q) => {
    expect(() => search(q)).not.toThrow()
  })
  it.each([
    ['Muti-head Attention', ['muti', 'head', 'attention']],
    ['强化学习', ['强化', '化学', '学习']],
    ['基于MQA改进', ['基于', 'mqa', '改进']],
    ['词', ['词']],
  ])('tokenizes %s', (text, tokens) => {
    expect(tokenize(text)).toEqual(tokens)
  })
  it('finds a word no term is named after in the definitions that use it ("lora" without LoRA)', () => {
    const g = {
      ...sampleGraph,
      nodes: [
        ...sampleGraph.nodes,
        term('qlora-ft', 'QLoRA微调', { definition: '用LoRA适配器做参数高效微调' }),
        term('peft', 'PEFT', { definition: '参数高效微调，例如 LoRA 与 Adapter' }),
      ],
    }
    const l = buildLookup(g)
    const hits = createSearch([...l.nodes.values()], allEdges(l))('lora')
    expect(hits.map((h) => h.id).sort()).toEqual(['peft', 'qlora-ft'])
    const peft = hits.find((h) => h.id === 'peft')
    expect(peft?.where).toMatchObject({ field: 'definition', match: 'LoRA' })
  })
})
