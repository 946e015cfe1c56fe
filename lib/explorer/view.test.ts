import { describe, expect, it } from 'vitest'
import { buildLookup } from './graph-model'
import { computeView, type ViewFilter } from './view'
import { sampleGraph } from '../format/testing/sample-graph'

const l = buildLookup(sampleGraph)
const base: ViewFilter = { depth: 1, concepts: [], kinds: ['mention', 'concept'], hideIsolated: false }
const sorted = (s: Set<string>) => [...s].sort()

describe('computeView', () => {
  it.each<[string, Partial<ViewFilter>, string[]]>([
    ['everything by default', {}, [...l.nodes.keys()]],
    [
      'no concept nodes without concept edges',
      { kinds: ['mention'] },
      ['gqa', 'mqa', 'muti-head-attention', 'rl', 'text2vec'],
    ],
    [
      'concept members (union) and the concept',
      { concepts: ['qianghuaxuexi'] },
      ['concept:qianghuaxuexi', 'rl'],
    ],
    ['unknown concepts leave nothing', { concepts: ['nope'] }, []],
    ['focus depth 1', { focus: 'gqa' }, ['concept:zhuyili', 'gqa', 'mqa']],
    [
      'focus depth 2 goes through concepts',
      { focus: 'gqa', depth: 2 },
      ['concept:zhuyili', 'gqa', 'mqa', 'muti-head-attention'],
    ],
    ['focus over mentions only', { focus: 'gqa', depth: 3, kinds: ['mention'] }, ['gqa', 'mqa']],
    ['hide isolated terms', { hideIsolated: true, kinds: ['mention'] }, ['gqa', 'mqa']],
    [
      'focus survives other filters',
      { focus: 'text2vec', concepts: ['zhuyili'], hideIsolated: true },
      ['text2vec'],
    ],
  ])('%s', (_name, filter, expected) => {
    expect(sorted(computeView(l, { ...base, ...filter }).nodes)).toEqual([...expected].sort())
  })
  it('keeps only edges between visible nodes of enabled kinds', () => {
    expect(sorted(computeView(l, { ...base, kinds: ['mention'] }).edges)).toEqual(['m1'])
    expect(sorted(computeView(l, { ...base, focus: 'rl' }).edges)).toEqual(['c4'])
  })
  it.each<[number, string[]]>([
    [1, ['concept:qianghuaxuexi', 'rl']],
    [0, ['concept:zhuyili', 'gqa', 'mqa', 'muti-head-attention', 'text2vec']],
    [7, []],
  ])('group %d keeps its terms and their concepts', (group, expected) => {
    const g = structuredClone(sampleGraph)
    for (const n of g.nodes)
      if (n.key === 'rl' && n.attributes) n.attributes = { ...n.attributes, community: 1 }
    expect(sorted(computeView(buildLookup(g), { ...base, group }).nodes)).toEqual(expected)
  })
})
