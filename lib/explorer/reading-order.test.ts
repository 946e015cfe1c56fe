import { describe, expect, it } from 'vitest'
import { buildLookup } from './graph-model'
import { orderByMentions, prerequisitesOf } from './reading-order'
import { sampleGraph, term } from '../format/testing/sample-graph'

/** A lookup whose terms mention each other as listed ("a>b" = a mentions b); b is the most central. */
function glossary(links: string[]) {
  const keys = [...new Set(links.flatMap((l) => l.split('>')))].sort()
  return buildLookup({
    ...sampleGraph,
    nodes: keys.map((k) => term(k, k, { pagerank: k === 'b' ? 0.5 : 0.1 })),
    edges: links.map((l) => {
      const [source = '', target = ''] = l.split('>')
      return { key: l, source, target, attributes: { kind: 'mention' as const, evidence: '' } }
    }),
  })
}
const show = (groups: { id: string }[][]) => groups.map((g) => g.map((t) => t.id).join('+'))

describe('orderByMentions', () => {
  it.each([
    ['a chain reads from the end', ['a>b', 'b>c'], ['c', 'b', 'a']],
    ['a cycle is one group, read after what it mentions', ['a>b', 'b>a', 'b>c'], ['c', 'b+a']],
    ['independent terms go by importance', ['a>c', 'b>c'], ['c', 'b', 'a']],
    ['a three-cycle with a reader', ['a>b', 'b>c', 'c>a', 'd>a'], ['b+a+c', 'd']],
  ])('%s', (_name, links, expected) => {
    const l = glossary(links)
    expect(show(orderByMentions(l, l.terms.keys()))).toEqual(expected)
  })
})

describe('prerequisitesOf', () => {
  it.each([
    ['follows mentions transitively', ['a>b', 'b>c', 'c>d'], 'a', 3, ['d', 'c', 'b']],
    ['stops at the depth', ['a>b', 'b>c', 'c>d'], 'a', 2, ['c', 'b']],
    ['leaves the term itself out of its cycle', ['a>b', 'b>a'], 'a', 3, ['b']],
    ['nothing for a term that mentions nothing', ['a>b'], 'b', 3, []],
  ])('%s', (_name, links, id, depth, expected) => {
    expect(show(prerequisitesOf(glossary(links), id, depth))).toEqual(expected)
  })
  it('orders the bundled sample: GQA needs MQA', () => {
    expect(show(prerequisitesOf(buildLookup(sampleGraph), 'gqa'))).toEqual(['mqa'])
  })
})
