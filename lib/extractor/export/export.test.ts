import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import Graph from 'graphology'
import { parse as parseGexf } from 'graphology-gexf'
import { parse as parseGraphml } from 'graphology-graphml'
import { extract } from '../extract'
import { toGexf } from './gexf'
import { toGraphml } from './graphml'

const bundled = extract({
  files: [{ path: 'glossary.md', content: readFileSync('glossary/glossary.md', 'utf8') }],
})
const hostile = extract({
  files: [
    {
      path: 'x.md',
      content: '# T & <b>"q"</b>\n\n- A<B，名字里有尖括号 & "引号"\n- C&D，它提到A<B\n',
    },
  ],
})

describe.each([
  ['GEXF', toGexf, (text: string) => parseGexf(Graph, text)],
  ['GraphML', toGraphml, (text: string) => parseGraphml(Graph, text)],
])('%s export', (_name, write, read) => {
  it('reads back with the same nodes, edges, labels and evidence', () => {
    const graph = bundled.graph
    if (!graph) throw new Error('bundled glossary did not extract')
    const back = read(write(graph))
    expect(back.order).toBe(graph.order)
    expect(back.size).toBe(graph.size)
    expect(back.getNodeAttribute('zero', 'label')).toBe('ZeRO')
    expect(back.getNodeAttribute('zero', 'kind')).toBe('term')
    const [edge] = graph.edges('zero', 'deepspeed')
    if (!edge) throw new Error('ZeRO → DeepSpeed edge missing')
    expect(back.getEdgeAttribute(back.edge('zero', 'deepspeed'), 'evidence')).toBe(
      graph.getEdgeAttribute(edge, 'evidence'),
    )
  })
  it('carries the genus, its target and typed relations as columns', () => {
    const graph = bundled.graph
    if (!graph) throw new Error('bundled glossary did not extract')
    const back = read(write(graph))
    expect(back.getNodeAttribute('gelu', 'genus')).toBe('激活函数')
    const activation = graph.findNode((_key, a) => a.kind === 'concept' && a.label === '激活函数')
    expect(activation).toBeDefined()
    expect(back.getNodeAttribute('gelu', 'genusTarget')).toBe(activation)
    expect(back.getEdgeAttribute(back.edge('zero', 'deepspeed'), 'relation')).toBe('part-of')
  })
  it('escapes markup in names and definitions', () => {
    const graph = hostile.graph
    if (!graph) throw new Error('hostile fixture did not extract')
    const back = read(write(graph))
    const labels = back.mapNodes((_key, a) => String(a.label))
    expect(labels).toEqual(expect.arrayContaining(['A<B', 'C&D']))
  })
})
