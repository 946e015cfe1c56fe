import { describe, expect, it } from 'vitest'
import { colorOf, legendOf, PALETTE } from './legend'
import { buildLookup } from './lookup'
import { sampleGraph } from '../format/testing/sample-graph'

describe('legend', () => {
  it.each([
    [0, PALETTE[0]],
    [10, PALETTE[0]],
    [-1, PALETTE[9]],
    [1.7, PALETTE[1]],
  ])('colour of community %d', (c, color) => {
    expect(colorOf(c)).toBe(color)
  })
  it('names a community after the concept its members share, else its most central term', () => {
    const g = structuredClone(sampleGraph)
    for (const n of g.nodes)
      if (n.key === 'rl' && n.attributes) n.attributes = { ...n.attributes, community: 1, pagerank: 0.5 }
    expect(legendOf(buildLookup(g)).map((e) => [e.community, e.size, e.name])).toEqual([
      [0, 4, '注意力'],
      [1, 1, 'RL'],
    ])
  })
})
