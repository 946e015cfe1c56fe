import { describe, expect, it } from 'vitest'
import { buildLookup } from './graph-model'
import { membersOf } from './lookup'
import { relationsOf } from './relations'
import { sampleGraph } from '../format/testing/sample-graph'

const l = buildLookup(sampleGraph)
const labels = (xs: { term: { label: string } }[]) => xs.map((x) => x.term.label)

describe('relationsOf', () => {
  it('lists mentions both ways with evidence', () => {
    expect(relationsOf(l, 'gqa').mentions).toEqual([
      { term: l.nodes.get('mqa'), evidence: '基于MQA改进的注意力机制' },
    ])
    expect(labels(relationsOf(l, 'mqa').mentionedBy)).toEqual(['Grouped query attention'])
  })
  it('groups other concept members under each concept', () => {
    const [group] = relationsOf(l, 'mqa').concepts
    expect(group?.concept.label).toBe('注意力')
    expect(group?.evidence).toBe('注意力机制')
    expect(labels(group?.others ?? [])).toEqual(['Grouped query attention', 'Muti-head Attention'])
  })
  it('skips edges to missing nodes and returns empty groups', () => {
    expect(relationsOf(l, 'rl').mentions).toEqual([])
    expect(relationsOf(l, 'nope')).toEqual({ mentions: [], mentionedBy: [], concepts: [] })
  })
  it('finds concept members', () => {
    expect(membersOf(l, 'concept:zhuyili').map((t) => t.slug)).toEqual(['gqa', 'mqa', 'muti-head-attention'])
  })
})
