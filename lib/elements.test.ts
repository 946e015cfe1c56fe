import { describe, expect, it } from 'vitest'
import { toElements } from './elements'
import { buildLookup } from './lookup'
import { sampleGraph } from './testing/sample-graph'

describe('toElements', () => {
  const els = toElements(buildLookup(sampleGraph))
  it('has one element per node and valid edge (node ids = graph keys)', () => {
    expect(els.filter((e) => e.group === 'nodes').map((e) => e.data.id)).toEqual(
      sampleGraph.nodes.map((n) => n.key),
    )
    expect(els.filter((e) => e.group === 'edges')).toHaveLength(sampleGraph.edges.length - 1)
  })
  it('gives every node a finite position and size even when all positions coincide', () => {
    for (const e of els.filter((x) => x.group === 'nodes')) {
      expect(Number.isFinite(e.position?.x)).toBe(true)
      expect(e.data.size).toBeGreaterThan(0)
    }
  })
})
