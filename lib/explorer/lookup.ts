/**
 * The explorer's graph model, as the explorer and the term pages read it. One graphology graph
 * (built from graph.json by graph-model.ts) holds the nodes and edges; the lookup beside it indexes
 * what graphology does not: terms and concepts by slug. Relations, neighbourhoods, paths, reading
 * order and views all walk that one graph.
 *
 * This module needs graphology's types only, so the components that import it do not pull
 * graphology into the first-paint bundle; the browser loads graphology with the graph.
 */
import type Graph from 'graphology'
import type {
  ConceptNodeAttributes,
  EdgeAttributes,
  GraphAttributes,
  TermNodeAttributes,
} from '../format/types'

export type TermNode = TermNodeAttributes & { id: string }
export type ConceptNode = ConceptNodeAttributes & { id: string }
export type GNode = TermNode | ConceptNode

/** An edge as the graph holds it: its graph.json attributes with its key and ends. */
export type GEdge = EdgeAttributes & {
  id: string
  source: string
  target: string
}

/**
 * The one graph: directed (a mention points from the term that names to the term named; a
 * membership from the term to its concept). Node attributes are GNode objects, edge attributes
 * GEdge objects, so what a walk finds is what the panels show.
 */
export type GlossaryModel = Graph<GNode, GEdge, GraphAttributes>

export interface Lookup {
  title: string
  graph: GlossaryModel
  /** The graph's nodes by key (the graph's own attribute objects), for look-ups that may miss. */
  nodes: ReadonlyMap<string, GNode>
  /** Terms by slug, concepts by slug (concept keys carry a prefix, slugs do not). */
  terms: ReadonlyMap<string, TermNode>
  concepts: ReadonlyMap<string, ConceptNode>
}

/** Edges leaving a node (what a term mentions, the concepts it belongs to); none for an unknown key. */
export const outEdges = (l: Lookup, id: string): GEdge[] =>
  l.graph.hasNode(id) ? l.graph.mapOutEdges(id, (_key, edge) => edge) : []

/** Edges arriving at a node (the terms that mention it, a concept's members); none for an unknown key. */
export const inEdges = (l: Lookup, id: string): GEdge[] =>
  l.graph.hasNode(id) ? l.graph.mapInEdges(id, (_key, edge) => edge) : []

/** Every edge, in file order. */
export const allEdges = (l: Lookup): GEdge[] => l.graph.mapEdges((_key, edge) => edge)

/** Keys of the nodes joined to a node by an edge either way (each once); none for an unknown key. */
export const neighboursOf = (l: Lookup, id: string): string[] =>
  l.graph.hasNode(id) ? l.graph.neighbors(id) : []

/** The edge from `source` to `target`, if there is one. */
export function edgeBetween(l: Lookup, source: string, target: string): GEdge | undefined {
  if (!l.graph.hasNode(source) || !l.graph.hasNode(target)) return undefined
  const key = l.graph.findOutEdge(source, (_key, _edge, _source, to) => to === target)
  return key === undefined ? undefined : l.graph.getEdgeAttributes(key)
}

/** Terms that belong to a concept (linked by a `concept` edge), sorted by label. */
export function membersOf(l: Lookup, conceptId: string): TermNode[] {
  const list: TermNode[] = []
  for (const e of inEdges(l, conceptId)) {
    const n = l.nodes.get(e.source)
    if (e.kind === 'concept' && n?.kind === 'term') list.push(n)
  }
  return list.sort(byLabel)
}

/** Locale-aware label order, so mixed Chinese/English lists read predictably. */
export const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, 'zh-CN')
