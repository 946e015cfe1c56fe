import Graph from 'graphology'
import { describe, expect, it } from 'vitest'
import type { GlossaryGraph } from '../graph/build'
import { reportTable } from './report'
import { scoreFixture } from './score'

const PLACED = { degree: 0, pagerank: 0, community: 0, x: 0, y: 0, pinyin: [] }

/** A hand-built graph: A mentions B, B and C share a concept, D stands alone; E is "RL / RLHF" split. */
function sample(): GlossaryGraph {
  const graph: GlossaryGraph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false })
  const term = (slug: string, label: string, aliases: string[] = []) =>
    graph.addNode(slug, {
      kind: 'term',
      label,
      slug,
      aliases: [label, ...aliases],
      definition: '',
      source: { file: 'x.md', line: 1 },
      ...PLACED,
    })
  term('a', 'Grouped-Query Attention', ['GQA'])
  term('b', 'MQA', ['Multi-Query Attention'])
  term('c', '多头注意力')
  term('d', 'Top‑p')
  term('e', 'Top‑k')
  graph.addNode('concept:attention', {
    kind: 'concept',
    label: '注意力',
    slug: 'attention',
    aliases: [],
    ...PLACED,
  })
  graph.addDirectedEdge('a', 'b', { kind: 'mention', evidence: 'based on MQA' })
  graph.addDirectedEdge('b', 'concept:attention', { kind: 'concept', evidence: '注意力' })
  graph.addDirectedEdge('c', 'concept:attention', { kind: 'concept', evidence: '注意力' })
  return graph
}

/** The sample's entries, each by one of its names. */
const NAMES = ['GQA', 'MQA', '多头注意力', 'Top‑p', 'Top‑k']

describe('scoreFixture', () => {
  const graph = sample()

  it('finds every entry by name, and says which names find no term and which terms no name', () => {
    expect(scoreFixture(graph, { entries: 5, names: NAMES, pairs: [], unrelated: [] })).toMatchObject({
      missingEntries: [],
      extraTerms: [],
    })
    const score = scoreFixture(graph, {
      entries: 5,
      names: ['Grouped-Query Attention', 'multi-query attention', '多头注意力', 'Top‑p', 'Nucleus'],
      pairs: [],
      unrelated: [],
    })
    expect([score.missingEntries, score.extraTerms]).toEqual([['Nucleus'], ['Top‑k']])
  })

  it.each([
    ['mention, found by alias and either direction', ['MQA', 'gqa'], true],
    ['shared concept', ['multi-query attention', '多头注意力'], true],
    ['mention does not chain through a concept', ['GQA', '多头注意力'], false],
  ] as const)('%s', (_why, pair, expected) => {
    const score = scoreFixture(graph, { entries: 5, names: NAMES, pairs: [pair], unrelated: [] })
    expect(score.pairsFound).toBe(expected ? 1 : 0)
  })

  it('finds an "A / B" name by its parts, after NFKC (U+2011 and U+2010 hyphens)', () => {
    const score = scoreFixture(graph, {
      entries: 5,
      names: NAMES,
      pairs: [['Top‐p / Top‐k', 'MQA']],
      unrelated: [],
    })
    expect([score.pairsFound, score.unknownNames]).toEqual([0, []])
  })

  it('counts term nodes, not concept nodes', () => {
    const score = scoreFixture(graph, { entries: 7, names: NAMES, pairs: [], unrelated: [] })
    expect([score.entriesFound, score.entriesExpected, score.recall]).toEqual([5, 7, 1])
  })

  it('reports recall, missed and wrong pairs, and names that match no term', () => {
    const score = scoreFixture(graph, {
      entries: 5,
      names: NAMES,
      pairs: [
        ['GQA', 'MQA'],
        ['MQA', '多头注意力'],
        ['Top‑p', 'Top‑k'],
        ['GQA', 'Nowhere'],
      ],
      unrelated: [
        ['GQA', '多头注意力'],
        ['Grouped-Query Attention', 'mqa'],
      ],
    })
    expect(score.recall).toBe(0.5)
    expect(score.missed).toEqual([
      ['Top‑p', 'Top‑k'],
      ['GQA', 'Nowhere'],
    ])
    expect(score.wrong).toEqual([['Grouped-Query Attention', 'mqa']])
    expect(score.unknownNames).toEqual(['Nowhere'])
  })
})

describe('reportTable', () => {
  it('writes one row per glossary, and says why one failed', () => {
    const score = scoreFixture(sample(), {
      entries: 5,
      names: NAMES,
      pairs: [['GQA', 'MQA']],
      unrelated: [['MQA', '多头注意力']],
    })
    const table = reportTable([
      { file: 'a.md', shapes: ['table'], language: 'en', score },
      { file: 'b.md', shapes: ['heading', 'bullet'], language: 'zh', failure: '2 errors' },
    ])
    expect(table.split('\n')).toEqual([
      '| file | shape | language | entries found/expected | pair recall | wrong pairs |',
      '| --- | --- | --- | --- | --- | --- |',
      '| a.md | table | en | 5/5 | 100% (1/1) | 1: MQA–多头注意力 |',
      '| b.md | heading, bullet | zh | failed: 2 errors | – | – |',
    ])
  })
})
