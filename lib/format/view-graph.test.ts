import { describe, expect, it } from 'vitest'
import { checkViewGraph } from './check-view-graph'
import { checkGraph } from './check-graph'
import { buildLookup } from '../explorer/graph-model'
import { allEdges } from '../explorer/lookup'
import { fromViewGraph, toViewGraph } from './view-graph'
import { sampleGraph } from './testing/sample-graph'
import type { GraphJSON } from './types'

/** The sample graph with the extractor's own edge keys. */
const canonical: GraphJSON = {
  ...sampleGraph,
  edges: sampleGraph.edges.map((e) => ({ ...e, key: `${e.attributes?.kind}:${e.source}->${e.target}` })),
}

describe('toViewGraph', () => {
  it.each([
    ['sample keys (kept)', sampleGraph],
    ['canonical keys (omitted)', canonical],
  ])('round-trips nodes, positions and edge ids with %s', (_, g) => {
    const view = toViewGraph(g)
    const full = buildLookup(g)
    const lean = buildLookup(fromViewGraph(view))
    expect([...lean.nodes.keys()]).toEqual([...full.nodes.keys()])
    expect(allEdges(lean).map((e) => [e.id, e.kind])).toEqual(allEdges(full).map((e) => [e.id, e.kind]))
    for (const [id, n] of full.nodes) {
      const m = lean.nodes.get(id)
      expect(m && [m.kind, m.label, m.slug, m.x, m.y, m.community]).toEqual([
        n.kind,
        n.label,
        n.slug,
        n.x,
        n.y,
        n.community,
      ])
    }
  })
  it('holds no definitions or evidence, and omits edge keys when they are the canonical ones', () => {
    const text = JSON.stringify(toViewGraph(canonical))
    expect(text).not.toContain('注意力机制')
    expect(text).not.toContain('huggingface')
    expect(toViewGraph(canonical).edgeKeys).toBeUndefined()
    expect(toViewGraph(sampleGraph).edgeKeys).toEqual(['m1', 'c1', 'c2', 'c3', 'c4'])
  })
  it('carries typed relations through JSON, checking and back, and omits the column when there are none', () => {
    const typed: GraphJSON = {
      ...canonical,
      edges: canonical.edges.map((e) =>
        e.attributes?.kind === 'mention'
          ? { ...e, attributes: { ...e.attributes, relation: 'based-on' } }
          : e,
      ),
    }
    const view = checkViewGraph(JSON.parse(JSON.stringify(toViewGraph(typed))))
    const back = view
      ? fromViewGraph(view).edges.map((e) => [e.attributes?.kind, e.attributes?.relation])
      : []
    const keys = new Set(typed.nodes.map((n) => n.key))
    const drawn = typed.edges.filter((e) => keys.has(e.source) && keys.has(e.target))
    expect(back).toEqual(drawn.map((e) => [e.attributes?.kind, e.attributes?.relation]))
    expect(back).toContainEqual(['mention', 'based-on'])
    expect(toViewGraph(canonical).relations).toBeUndefined()
  })
  it('carries the map flag of graph.json through JSON, checking and back', () => {
    const map: GraphJSON = { ...sampleGraph, attributes: { title: 't', sources: [], map: true } }
    const view = checkViewGraph(JSON.parse(JSON.stringify(toViewGraph(checkGraph(map)))))
    expect(view?.map).toBe(true)
    expect(view && fromViewGraph(view).attributes?.map).toBe(true)
    expect(toViewGraph(sampleGraph).map).toBeUndefined()
  })
})

describe('checkViewGraph', () => {
  const good = toViewGraph(sampleGraph)
  it('accepts what toViewGraph writes, after JSON', () => {
    expect(checkViewGraph(JSON.parse(JSON.stringify(good)))).toEqual(good)
  })
  it.each([
    ['null', null],
    ['wrong version', { ...good, version: 99 }],
    ['short column', { ...good, xs: good.xs.slice(1) }],
    ['edge to a missing node', { ...good, edges: [0, 99, 0] }],
    ['truncated triple', { ...good, edges: [0, 1] }],
    ['edge keys of the wrong length', { ...good, edgeKeys: ['a'] }],
    ['relations of the wrong length', { ...good, relations: [1] }],
    ['non-numeric position', { ...good, ys: good.ys.map(() => 'x') }],
  ])('rejects %s', (_, input) => {
    expect(checkViewGraph(input)).toBeUndefined()
  })
})
