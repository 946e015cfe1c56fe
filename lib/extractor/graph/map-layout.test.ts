import { describe, expect, it } from 'vitest'
import Graph from 'graphology'
import type { GlossaryGraph } from './build'
import { assignMapLayout } from './map-layout'
import { assignLayout } from './layout'
import { neighbourhoodPurity } from './purity'

/** `groups` communities of `size` terms, each a ring, with one edge between neighbouring groups. */
function grouped(groups: number, size: number): GlossaryGraph {
  const g: GlossaryGraph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false })
  const key = (c: number, i: number) => `t${c}-${i}`
  for (let c = 0; c < groups; c++)
    for (let i = 0; i < size; i++)
      g.addNode(key(c, i), {
        kind: 'term',
        label: key(c, i),
        slug: key(c, i),
        aliases: [],
        definition: '',
        source: { file: 'g.md', line: 1 },
        degree: 0,
        pagerank: 0.01,
        community: c,
        x: 0,
        y: 0,
        pinyin: [],
      })
  for (let c = 0; c < groups; c++) {
    for (let i = 0; i < size; i++)
      g.addEdge(key(c, i), key(c, (i + 1) % size), { kind: 'mention', evidence: '' })
    if (c > 0) g.addEdge(key(c, 0), key(c - 1, 0), { kind: 'mention', evidence: '' })
  }
  return g
}

const options = {
  spacing: 90,
  gap: 180,
  sizeOf: () => 10,
  seed: (text: string): [number, number] => {
    let h = 0
    for (const ch of text) h = (h * 31 + ch.charCodeAt(0)) >>> 0
    return [(h % 1000) / 1000, ((h >>> 10) % 1000) / 1000]
  },
}

describe('assignMapLayout', () => {
  it('gives each community its own region', () => {
    const g = grouped(6, 30)
    assignMapLayout(g, options)
    const points = g.mapNodes((_k, a) => ({ x: a.x, y: a.y, group: a.community }))
    expect(neighbourhoodPurity(points)).toBeGreaterThan(0.95)
  })
  it('is deterministic', () => {
    const [a, b] = [grouped(4, 20), grouped(4, 20)]
    assignMapLayout(a, options)
    assignMapLayout(b, options)
    expect(a.mapNodes((_k, p) => [p.x, p.y])).toEqual(b.mapNodes((_k, p) => [p.x, p.y]))
  })
})

describe('assignLayout', () => {
  it('lays out a map and flags the graph as one above the threshold, a force layout at or below it', () => {
    const map = grouped(4, 10)
    assignLayout(map, { mapThreshold: 39 })
    expect(map.getAttribute('map')).toBe(true)
    const points = map.mapNodes((_k, a) => ({ x: a.x, y: a.y, group: a.community }))
    expect(neighbourhoodPurity(points)).toBeGreaterThan(0.95)
    const force = grouped(4, 10)
    assignLayout(force, { mapThreshold: 40 })
    expect(force.getAttribute('map')).toBeUndefined()
  })
})
