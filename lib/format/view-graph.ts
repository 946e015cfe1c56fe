/**
 * The lean client graph (`/graph-view.json`): what the canvas needs to draw, nothing else.
 * Written by the extractor next to graph.json (which stays the full Graphology export). On a
 * 5,000-term glossary graph.json is ~6.5 MB, mostly definitions and evidence; parsing and checking
 * it took about a second before anything could be drawn. This file is columnar (parallel arrays,
 * edges as node indices) so it is small and cheap to parse; definitions arrive with graph.json later.
 */
import { conceptSlugOf, edgeKey } from './keys'
import { EDGE_RELATIONS } from './edge-relations'
import type { EdgeKind, EdgeRelation, GraphJSON } from './types'

export const VIEW_GRAPH_VERSION = 1

export interface ViewGraph {
  version: number
  title: string
  /** One entry per node, same order in every array. Keys are the graph.json node keys. */
  keys: string[]
  labels: string[]
  /** 0 = term, 1 = concept. */
  kinds: number[]
  communities: number[]
  pageranks: number[]
  xs: number[]
  ys: number[]
  /** Flat triples [source index, target index, kind (0 = mention, 1 = concept)]. */
  edges: number[]
  /** Edge keys, one per triple; only present when some key is not the extractor's `edgeKey`. */
  edgeKeys?: string[]
  /**
   * Typed relation of each edge, one per triple: 0 for none, else 1 + its index in EDGE_RELATIONS
   * (the canvas styles is-a, part-of … apart). Only present when some edge has one.
   */
  relations?: number[]
  /** The overview is a map of the groups (graph.json's `map` attribute); absent otherwise. */
  map?: boolean
}

const KINDS: readonly EdgeKind[] = ['mention', 'concept']

/** Rounds layout numbers: the canvas does not need 16 digits, the file size does not want them. */
const round = (v: number, digits: number) => Number(v.toFixed(digits))

/** The view graph of a graph.json export (nodes in file order; edges to unknown nodes skipped). */
export function toViewGraph(g: GraphJSON): ViewGraph {
  const view: ViewGraph = {
    version: VIEW_GRAPH_VERSION,
    title: g.attributes?.title ?? '',
    ...(g.attributes?.map ? { map: true } : {}),
    keys: [],
    labels: [],
    kinds: [],
    communities: [],
    pageranks: [],
    xs: [],
    ys: [],
    edges: [],
  }
  const index = new Map<string, number>()
  const keys: string[] = []
  const relations: number[] = []
  let canonical = true
  for (const n of g.nodes) {
    const a = n.attributes
    if (!a) continue
    index.set(n.key, view.keys.length)
    view.keys.push(n.key)
    view.labels.push(a.label)
    view.kinds.push(a.kind === 'concept' ? 1 : 0)
    view.communities.push(a.community)
    view.pageranks.push(round(a.pagerank, 8))
    view.xs.push(round(a.x, 2))
    view.ys.push(round(a.y, 2))
  }
  for (const e of g.edges) {
    const s = index.get(e.source)
    const t = index.get(e.target)
    const kind = e.attributes ? KINDS.indexOf(e.attributes.kind) : -1
    if (s === undefined || t === undefined || kind < 0) continue
    view.edges.push(s, t, kind)
    const relation = e.attributes?.relation
    relations.push(relation ? EDGE_RELATIONS.indexOf(relation) + 1 : 0)
    const key = e.key ?? ''
    keys.push(key)
    if (key !== edgeKey(KINDS[kind] ?? '', e.source, e.target)) canonical = false
  }
  const typed = relations.some((r) => r > 0) ? { relations } : {}
  return canonical ? { ...view, ...typed } : { ...view, edgeKeys: keys, ...typed }
}

/** One edge of the view graph, decoded. */
export interface ViewEdge {
  /** The graph.json edge key: the file's own, else the extractor's `edgeKey`. */
  key: string
  source: string
  target: string
  kind: EdgeKind
  /** The typed relation, when the extractor found one. */
  relation?: EdgeRelation
}

/**
 * The view graph's edges, decoded from their index triples in file order: the one reader of the
 * triples (the canvas's elements and the stand-in graph both use it). A triple naming an unknown
 * node or kind is skipped.
 */
export function viewEdges(v: ViewGraph): ViewEdge[] {
  const edges: ViewEdge[] = []
  for (let i = 0, j = 0; i + 2 < v.edges.length; i += 3, j++) {
    const source = v.keys[v.edges[i] ?? -1]
    const target = v.keys[v.edges[i + 1] ?? -1]
    const kind = KINDS[v.edges[i + 2] ?? -1]
    if (source === undefined || target === undefined || kind === undefined) continue
    const key = v.edgeKeys?.[j] || edgeKey(kind, source, target)
    const relation = EDGE_RELATIONS[(v.relations?.[j] ?? 0) - 1]
    edges.push({ key, source, target, kind, ...(relation ? { relation } : {}) })
  }
  return edges
}

/**
 * A graph.json-shaped stand-in built from the view graph, so the explorer can work (draw, filter,
 * resolve URL parameters) before the full file arrives. Text the view lacks is empty; edge keys
 * are rebuilt with the extractor's `edgeKey`, so they match the full graph's.
 */
export function fromViewGraph(v: ViewGraph): GraphJSON {
  const nodes: GraphJSON['nodes'] = v.keys.map((key, i) => {
    const label = v.labels[i] ?? key
    const metrics = {
      degree: 0,
      pagerank: v.pageranks[i] ?? 0,
      community: v.communities[i] ?? 0,
      x: v.xs[i] ?? 0,
      y: v.ys[i] ?? 0,
      pinyin: [],
    }
    const slug = conceptSlugOf(key) ?? key
    const attributes =
      v.kinds[i] === 1
        ? { kind: 'concept' as const, label, slug, aliases: [label], ...metrics }
        : {
            kind: 'term' as const,
            label,
            slug,
            aliases: [label],
            definition: '',
            source: { file: '', line: 0 },
            ...metrics,
          }
    return { key, attributes }
  })
  const edges: GraphJSON['edges'] = viewEdges(v).map(({ key, source, target, kind, relation }) => ({
    key,
    source,
    target,
    attributes: { kind, evidence: '', ...(relation ? { relation } : {}) },
  }))
  return {
    attributes: { title: v.title, sources: [], ...(v.map ? { map: true } : {}) },
    options: { type: 'directed', multi: false, allowSelfLoops: false },
    nodes,
    edges,
  }
}
