/**
 * Loads a checked graph.json into the explorer's one graph model (lookup.ts): a graphology graph
 * and the slug indexes beside it. The browser imports this module when the graph arrives, not with
 * the page, so graphology stays out of the first-paint bundle.
 */
import Graph from 'graphology'
import type { GraphJSON } from '../format/types'
import type { ConceptNode, GEdge, GNode, GlossaryModel, Lookup, TermNode } from './lookup'

/**
 * Builds the model. Whatever the file holds, the page keeps working: edges pointing at missing
 * nodes are skipped, a repeated node key keeps its last attributes, a repeated edge key its first
 * edge, and parallel edges and self-loops are kept as written.
 */
export function buildLookup(g: GraphJSON): Lookup {
  const graph: GlossaryModel = new Graph({ type: 'directed', multi: true, allowSelfLoops: true })
  graph.replaceAttributes(g.attributes)
  const nodes = new Map<string, GNode>()
  const terms = new Map<string, TermNode>()
  const concepts = new Map<string, ConceptNode>()
  for (const n of g.nodes) {
    const a = n.attributes
    if (!a) continue
    const node: GNode = { ...a, id: n.key }
    if (graph.hasNode(n.key)) graph.replaceNodeAttributes(n.key, node)
    else graph.addNode(n.key, node)
    nodes.set(n.key, node)
    if (node.kind === 'term') terms.set(node.slug, node)
    else concepts.set(node.slug, node)
  }
  g.edges.forEach((e, i) => {
    if (!e.attributes || !graph.hasNode(e.source) || !graph.hasNode(e.target)) return
    const id = e.key ?? `e${i}`
    if (graph.hasEdge(id)) return
    const edge: GEdge = { id, source: e.source, target: e.target, ...e.attributes }
    graph.addEdgeWithKey(id, e.source, e.target, edge)
  })
  return { title: g.attributes.title, graph, nodes, terms, concepts }
}
