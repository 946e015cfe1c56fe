import { describe, expect, it } from 'vitest'
import { toElements } from './elements'
import { buildLookup } from './graph-model'
import { allEdges } from './lookup'
import { toViewGraph } from '../format/view-graph'
import { sampleGraph } from '../format/testing/sample-graph'

describe('toElements', () => {
  const { nodes, edges } = toElements(toViewGraph(sampleGraph))
  it('has one element per node and valid edge (ids = graph keys, as the lookup has them)', () => {
    expect(nodes.map((e) => e.data.id)).toEqual(sampleGraph.nodes.map((n) => n.key))
    expect(edges.map((e) => e.data.id)).toEqual(allEdges(buildLookup(sampleGraph)).map((e) => e.id))
  })
  it('gives every node a finite position and size even when all positions coincide', () => {
    for (const e of nodes) {
      expect(Number.isFinite(e.position?.x)).toBe(true)
      expect(e.data.size).toBeGreaterThan(0)
    }
  })
})
