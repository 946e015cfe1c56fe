import { describe, expect, it } from 'vitest'
import { buildLookup } from './graph-model'
import { shortestPaths } from './paths'
import { sampleGraph, term } from '../format/testing/sample-graph'

const l = buildLookup(sampleGraph)
/** A path as "a>b<c": `>` walks an edge forwards, `<` backwards. */
const show = (from: string, to: string) =>
  shortestPaths(l, from, to).paths.map((steps) =>
    steps.reduce((s, step) => `${s}${step.forward ? '>' : '<'}${step.to}`, steps[0]?.from ?? ''),
  )

describe('shortestPaths', () => {
  it.each([
    ['gqa', 'mqa', ['gqa>mqa']],
    ['mqa', 'gqa', ['mqa<gqa']],
    // Two hops through the shared concept node.
    ['mqa', 'muti-head-attention', ['mqa>concept:zhuyili<muti-head-attention']],
    ['rl', 'mqa', []],
    ['mqa', 'mqa', []],
    ['mqa', 'missing', []],
  ])('%s → %s', (from, to, expected) => {
    expect(show(from, to)).toEqual(expected)
  })

  it('lists every shortest path of the same length, up to the limit', () => {
    // gqa and mqa are linked directly; via the concept is longer, so only one path.
    expect(shortestPaths(l, 'gqa', 'mqa').paths).toHaveLength(1)
    // muti-head-attention → gqa: via the concept only (2 hops).
    const r = shortestPaths(l, 'muti-head-attention', 'gqa')
    expect(r.paths.map((p) => p.length)).toEqual([2])
  })

  it('returns alternatives of the same length in a stable order, at most the limit', () => {
    const edge = (source: string, target: string) => ({
      key: `${source}-${target}`,
      source,
      target,
      attributes: { kind: 'mention' as const, evidence: '' },
    })
    const g = buildLookup({
      ...sampleGraph,
      nodes: ['a', 'b', 'x', 'y', 'z'].map((k) => term(k, k)),
      edges: [edge('a', 'z'), edge('a', 'y'), edge('a', 'x'), edge('x', 'b'), edge('y', 'b'), edge('z', 'b')],
    })
    const mid = (limit: number) => shortestPaths(g, 'a', 'b', limit).paths.map((p) => p[0]?.to)
    expect(mid(4)).toEqual(['x', 'y', 'z'])
    expect(mid(2)).toEqual(['x', 'y'])
  })

  it('puts unconnected terms in different groups', () => {
    const r = shortestPaths(l, 'rl', 'mqa')
    expect(r.groups.from.id).not.toBe(r.groups.to.id)
    expect(r.groups.from).toMatchObject({ size: 2, center: 'rl' })
    expect(r.groups.to.size).toBe(4)
    const same = shortestPaths(l, 'gqa', 'mqa').groups
    expect(same.from).toEqual(same.to)
  })
})
