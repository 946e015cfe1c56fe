/**
 * "How are A and B related?": the shortest paths between two nodes over mention and concept
 * edges, read in either direction (A mentions B and B mentions A both connect them). Each step
 * keeps the edge it walks and whether it walks it forwards, so the panel can say
 * "GPTQ —提到→ transformer" or "注意力 ←属于— MQA" with the edge's evidence.
 */
import { UndirectedGraph } from 'graphology'
import { connectedComponents } from 'graphology-components'
import { brandes } from 'graphology-shortest-path/unweighted'
import type { GEdge, Lookup } from './lookup'

export interface PathStep {
  from: string
  to: string
  edge: GEdge
  /** True when the edge points from `from` to `to` (from mentions to / from belongs to concept `to`). */
  forward: boolean
}

/** A connected part of the glossary, named by its most central term. */
export interface Group {
  id: number
  size: number
  /** Node key of the group's highest-PageRank term (the node itself when it has no term). */
  center: string
}

export interface PathResult {
  /** Shortest paths as steps, at most `limit` of them, all the same length; empty when none. */
  paths: PathStep[][]
  /** The connected part each end is in (the same one when a path exists). */
  groups: { from: Group; to: Group }
}

/** An undirected copy of the lookup's graph, built once per lookup (edges keep their lookup id). */
function undirected(l: Lookup): UndirectedGraph {
  const g = new UndirectedGraph()
  for (const id of l.nodes.keys()) g.addNode(id)
  for (const e of l.edges) if (!g.hasEdge(e.source, e.target)) g.addEdgeWithKey(e.id, e.source, e.target)
  return g
}

const cache = new WeakMap<Lookup, { graph: UndirectedGraph; components: Map<string, Group> }>()

/** The connected part of the glossary every node sits in. */
function componentsOf(l: Lookup, g: UndirectedGraph): Map<string, Group> {
  const comp = new Map<string, Group>()
  connectedComponents(g).forEach((nodes, id) => {
    let center = nodes[0] ?? ''
    let best = -1
    for (const n of nodes) {
      const node = l.nodes.get(n)
      if (node?.kind === 'term' && node.pagerank > best) [center, best] = [n, node.pagerank]
    }
    const group = { id, size: nodes.length, center }
    for (const n of nodes) comp.set(n, group)
  })
  return comp
}

function prepared(l: Lookup) {
  let p = cache.get(l)
  if (!p) {
    const graph = undirected(l)
    p = { graph, components: componentsOf(l, graph) }
    cache.set(l, p)
  }
  return p
}

/** The lookup edge joining two adjacent nodes, in whichever direction it points. */
function stepBetween(l: Lookup, from: string, to: string): PathStep | undefined {
  const out = l.out.get(from)?.find((e) => e.target === to)
  if (out) return { from, to, edge: out, forward: true }
  const back = l.out.get(to)?.find((e) => e.target === from)
  return back ? { from, to, edge: back, forward: false } : undefined
}

/**
 * Up to `limit` shortest paths from `from` to `to` (node keys), in a stable order. Uses
 * Brandes' breadth-first search, whose predecessor lists hold every shortest path.
 */
export function shortestPaths(l: Lookup, from: string, to: string, limit = 4): PathResult {
  const { graph, components } = prepared(l)
  const none = (center: string): Group => ({ id: -1, size: 0, center })
  const groups = { from: components.get(from) ?? none(from), to: components.get(to) ?? none(to) }
  if (!graph.hasNode(from) || !graph.hasNode(to) || from === to || groups.from.id !== groups.to.id)
    return { paths: [], groups }
  const [, predecessors] = brandes(graph, from)
  const nodePaths: string[][] = []
  // Walk back from `to` along predecessor lists (sorted, so the order is stable).
  const walk = (node: string, tail: string[]) => {
    if (nodePaths.length >= limit) return
    if (node === from) return void nodePaths.push([from, ...tail])
    for (const p of [...(predecessors[node] ?? [])].sort()) walk(p, [node, ...tail])
  }
  walk(to, [])
  const paths = nodePaths.flatMap((nodes) => {
    const steps = nodes.slice(1).map((n, i) => stepBetween(l, nodes[i] ?? '', n))
    return steps.every((s) => s !== undefined) ? [steps.filter((s) => s !== undefined)] : []
  })
  return { paths, groups }
}
