import { describe, expect, it } from 'vitest'
import { isMap, mapGroups } from './groups'
import type { ViewGraph } from '../format/view-graph'

/** A view graph of `perGroup` terms in each of `groups` communities, group g around (g × 1000, 0). */
function view(groups: number, perGroup: number): ViewGraph {
  const v: ViewGraph = {
    version: 1,
    title: 't',
    keys: [],
    labels: [],
    kinds: [],
    communities: [],
    pageranks: [],
    xs: [],
    ys: [],
    edges: [],
  }
  for (let g = 0; g < groups; g++)
    for (let i = 0; i < perGroup; i++) {
      v.keys.push(`t${g}-${i}`)
      v.labels.push(`term ${g}-${i}`)
      v.kinds.push(0)
      v.communities.push(g)
      v.pageranks.push(i === 1 ? 0.5 : 0.1)
      v.xs.push(g * 1000 + (i % 2 ? 10 : -10))
      v.ys.push(0)
    }
  return v
}

describe('mapGroups', () => {
  it('names each group after its most central term, at the centre of its terms, largest first', () => {
    const groups = mapGroups(view(3, 4))
    expect(groups.map((g) => g.name)).toEqual(['term 0-1', 'term 1-1', 'term 2-1'])
    expect(groups[0]?.x).toBeLessThan(groups[1]?.x ?? 0)
    expect(groups[1]?.y).toBeCloseTo(0)
  })
  it('leaves groups of fewer than 3 terms unnamed', () => {
    expect(mapGroups(view(2, 2))).toEqual([])
  })
})

describe('isMap', () => {
  it('is what the build decided (graph.json’s map flag), not a count of terms', () => {
    expect(isMap(view(1, 2500))).toBe(false)
    expect(isMap({ ...view(1, 5), map: true })).toBe(true)
  })
})
