/**
 * Which nodes and edges are in view for a set of filters. Pure: the canvas and the list view
 * both render from its answer, so they always agree.
 */
import type { EdgeKind } from '../format/types'
import { inEdges, outEdges, type Lookup } from './lookup'

export interface ViewFilter {
  /** Node key whose neighbourhood is shown, if any. */
  focus?: string
  /** Hops from the focus (1–3), counted over visible edges; term → concept → term is 2. */
  depth: number
  /** Concept slugs: keep terms belonging to any of them (union), plus those concept nodes. */
  concepts: string[]
  /** Edge kinds drawn. Without `concept`, concept nodes are hidden too (they only have those edges). */
  kinds: EdgeKind[]
  hideIsolated: boolean
  /** Community (legend group) to keep: its terms and the concepts they belong to. */
  group?: number
}

export interface InView {
  nodes: Set<string>
  edges: Set<string>
}

/** Computes the view; filters compose in the order kinds → group → concepts → focus → isolated. */
export function computeView(l: Lookup, f: ViewFilter): InView {
  const kinds = new Set(f.kinds)
  let nodes = new Set<string>()
  for (const n of l.nodes.values()) {
    if (n.kind === 'concept' && !kinds.has('concept')) continue
    nodes.add(n.id)
  }
  if (f.group !== undefined) nodes = byGroup(l, f.group, nodes)
  if (f.concepts.length > 0) nodes = byConcepts(l, f.concepts, nodes)
  const edgeOk = (e: { source: string; target: string; kind: EdgeKind }) =>
    kinds.has(e.kind) && nodes.has(e.source) && nodes.has(e.target)
  if (f.focus !== undefined && l.nodes.has(f.focus)) {
    // The focus is the root even when other filters exclude it: the user asked for it by name.
    nodes.add(f.focus)
    nodes = neighbourhood(l, f.focus, f.depth, (e) => edgeOk(e))
  }
  const edges = new Set<string>()
  const touched = new Set<string>()
  l.graph.forEachEdge((_key, e) => {
    if (!edgeOk(e)) return
    edges.add(e.id)
    touched.add(e.source).add(e.target)
  })
  if (f.hideIsolated) {
    for (const id of nodes) if (!touched.has(id) && id !== f.focus) nodes.delete(id)
  }
  return { nodes, edges }
}

/** The group's terms, and the concept nodes at least one of them belongs to. */
function byGroup(l: Lookup, group: number, allowed: Set<string>): Set<string> {
  const keep = new Set<string>()
  for (const t of l.terms.values()) {
    if (t.community !== group || !allowed.has(t.id)) continue
    keep.add(t.id)
    for (const e of outEdges(l, t.id)) if (e.kind === 'concept' && allowed.has(e.target)) keep.add(e.target)
  }
  return keep
}

function byConcepts(l: Lookup, slugs: string[], allowed: Set<string>): Set<string> {
  const keep = new Set<string>()
  for (const slug of slugs) {
    const c = l.concepts.get(slug)
    if (!c) continue
    if (allowed.has(c.id)) keep.add(c.id)
    for (const e of inEdges(l, c.id)) if (e.kind === 'concept' && allowed.has(e.source)) keep.add(e.source)
  }
  return keep
}

/** Breadth-first search over edges in both directions (a mention links both ways for browsing). */
function neighbourhood(
  l: Lookup,
  root: string,
  depth: number,
  ok: (e: { source: string; target: string; kind: EdgeKind }) => boolean,
) {
  const seen = new Set([root])
  let frontier = [root]
  for (let d = 0; d < depth && frontier.length > 0; d++) {
    const next: string[] = []
    for (const id of frontier) {
      const adjacent = [
        ...outEdges(l, id).map((e) => [e, e.target] as const),
        ...inEdges(l, id).map((e) => [e, e.source] as const),
      ]
      for (const [e, other] of adjacent) {
        if (seen.has(other) || !ok(e)) continue
        seen.add(other)
        next.push(other)
      }
    }
    frontier = next
  }
  return seen
}
