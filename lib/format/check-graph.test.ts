import { describe, expect, it } from 'vitest'
import { checkGraph } from './check-graph'
import { sampleGraph } from './testing/sample-graph'

describe('checkGraph', () => {
  it('keeps a well-formed export', () => {
    const g = checkGraph(JSON.parse(JSON.stringify(sampleGraph)))
    expect(g.nodes).toHaveLength(sampleGraph.nodes.length)
    expect(g.edges).toHaveLength(sampleGraph.edges.length)
    expect(g.attributes.title).toBe('测试术语')
  })
  it('keeps the examples of a term, and leaves them out when absent', () => {
    const [first, ...rest] = sampleGraph.nodes
    const withExamples = { ...first, attributes: { ...first?.attributes, examples: '示例：一个例子' } }
    const g = checkGraph(JSON.parse(JSON.stringify({ ...sampleGraph, nodes: [withExamples, ...rest] })))
    const [checked, second] = g.nodes
    expect(checked?.attributes).toMatchObject({ examples: '示例：一个例子' })
    expect(second?.attributes && 'examples' in second.attributes).toBe(false)
  })
  it.each<[unknown, string | undefined]>([
    ['anchor', 'anchor'],
    ['link-title', 'link-title'],
    ['something else', undefined],
  ])("keeps a mention edge's via %j only when known", (via, kept) => {
    const edge = { source: 'a', target: 'b', attributes: { kind: 'mention', evidence: 'e', via } }
    const [checked] = checkGraph({ nodes: [], edges: [edge] }).edges
    expect(checked?.attributes?.via).toBe(kept)
  })
  it.each([[null], [42], ['x'], [[]], [{ nodes: 1, edges: [] }], [{}]])(
    'rejects %j with a prefixed error',
    (input) => {
      expect(() => checkGraph(input)).toThrow(/^graph.json:/)
    },
  )
  it.each([
    ['node without attributes', { nodes: [{ key: 'a' }], edges: [] }, 0, 0],
    [
      'node of unknown kind',
      { nodes: [{ key: 'a', attributes: { kind: 'x', label: 'a' } }], edges: [] },
      0,
      0,
    ],
    [
      'edge of unknown kind',
      { nodes: [], edges: [{ source: 'a', target: 'b', attributes: { kind: 'x' } }] },
      0,
      0,
    ],
    [
      'term with missing fields',
      { nodes: [{ key: 'a', attributes: { kind: 'term', label: 'A' } }], edges: [] },
      1,
      0,
    ],
  ])('tolerates %s', (_name, input, nodes, edges) => {
    const g = checkGraph(input)
    expect(g.nodes).toHaveLength(nodes)
    expect(g.edges).toHaveLength(edges)
  })
  it.each([
    ['keeps spans inside the definition', [{ start: 2, end: 5, target: 'mqa' }], 1],
    ['drops a span past the end', [{ start: 2, end: 99, target: 'mqa' }], 0],
    ['drops an empty or reversed span', [{ start: 5, end: 5, target: 'mqa' }], 0],
    [
      'drops overlapping spans after the first',
      [
        { start: 0, end: 4, target: 'a' },
        { start: 2, end: 5, target: 'b' },
      ],
      1,
    ],
    ['drops a span without a target', [{ start: 0, end: 2 }], 0],
    ['ignores a non-array', 'x', 0],
  ])('mentions: %s', (_name, mentions, kept) => {
    const node = {
      key: 'gqa',
      attributes: { kind: 'term', label: 'GQA', definition: '基于MQA改进', mentions },
    }
    const [t] = checkGraph({ nodes: [node], edges: [] }).nodes
    const attrs = t?.attributes
    expect(attrs?.kind === 'term' ? (attrs.mentions ?? []).length : -1).toBe(kept)
  })
  it.each([
    [
      'keeps a genus and a target that is a node',
      { genus: '注意力机制', genusTarget: 'mqa' },
      '注意力机制',
      'mqa',
    ],
    [
      'drops a target that is no node',
      { genus: '注意力机制', genusTarget: 'nowhere' },
      '注意力机制',
      undefined,
    ],
    [
      'drops a target pointing at the term itself',
      { genus: '注意力机制', genusTarget: 'gqa' },
      '注意力机制',
      undefined,
    ],
    ['drops a target without a genus', { genusTarget: 'mqa' }, undefined, undefined],
    ['drops a genus that is not text', { genus: 3, genusTarget: 'mqa' }, undefined, undefined],
  ])('genus: %s', (_name, extra, genus, genusTarget) => {
    const gqa = { key: 'gqa', attributes: { kind: 'term', label: 'GQA', definition: '', ...extra } }
    const mqa = { key: 'mqa', attributes: { kind: 'term', label: 'MQA', definition: '' } }
    const [t] = checkGraph({ nodes: [gqa, mqa], edges: [] }).nodes
    const attrs = t?.attributes
    expect(attrs?.kind === 'term' ? [attrs.genus, attrs.genusTarget] : []).toEqual([genus, genusTarget])
  })
  it.each([
    ['mention', 'based-on', 'based-on'],
    ['mention', 'part-of', 'part-of'],
    ['mention', 'kind-of', undefined],
    ['mention', 7, undefined],
    ['concept', 'is-a', undefined],
  ])('relation: a %s edge with %j keeps %j', (kind, relation, kept) => {
    const edge = { source: 'gqa', target: 'mqa', attributes: { kind, evidence: '基于MQA改进', relation } }
    const [e] = checkGraph({ nodes: [], edges: [edge] }).edges
    expect(e?.attributes?.relation).toBe(kept)
  })
})
