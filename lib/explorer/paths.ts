/**
 * "How are A and B related?": the shortest paths between two nodes over mention and concept
 * edges, read in either direction (A mentions B and B mentions A both connect them). Each step
 * keeps the edge it walks and whether it walks it forwards, so the panel can say
 * "GPTQ —提到→ transformer" or "注意力 ←属于— MQA" with the edge's evidence.
 */
import { connectedComponents } from 'graphology-components'
import { undirectedSingleSourceLength } from 'graphology-shortest-path/unweighted'
import { edgeBetween, neighboursOf, type GEdge, type Lookup } from './lookup'

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

const cache = new WeakMap<Lookup, Map<string, Group>>()

/** The connected part of the glossary every node sits in (edges read either way), once per graph. */
function componentsOf(l: Lookup): Map<string, Group> {
  const known = cache.get(l)
  if (known) return known
  const comp = new Map<string, Group>()
  connectedComponents(l.graph).forEach((nodes, id) => {
    let center = nodes[0] ?? ''
    let best = -1
    for (const n of nodes) {
      const node = l.nodes.get(n)
      if (node?.kind === 'term' && node.pagerank > best) [center, best] = [n, node.pagerank]
    }
    const group = { id, size: nodes.length, center }
    for (const n of nodes) comp.set(n, group)
  })
  cache.set(l, comp)
  return comp
}

/** The edge joining two adjacent nodes, in whichever direction it points. */
function stepBetween(l: Lookup, from: string, to: string): PathStep | undefined {
  const out = edgeBetween(l, from, to)
  if (out) return { from, to, edge: out, forward: true }
  const back = edgeBetween(l, to, from)
  return back ? { from, to, edge: back, forward: false } : undefined
}

/**
 * Up to `limit` shortest paths from `from` to `to` (node keys), in a stable order. One
 * breadth-first search over the graph's edges read either way gives each node's distance from
 * `from`; walking back from `to`, a node's predecessors are its neighbours one step nearer.
 */
export function shortestPaths(l: Lookup, from: string, to: string, limit = 4): PathResult {
  const components = componentsOf(l)
  const none = (center: string): Group => ({ id: -1, size: 0, center })
  const groups = { from: components.get(from) ?? none(from), to: components.get(to) ?? none(to) }
  if (!l.graph.hasNode(from) || !l.graph.hasNode(to) || from === to || groups.from.id !== groups.to.id)
    return { paths: [], groups }
  const distance = undirectedSingleSourceLength(l.graph, from)
  const nodePaths: string[][] = []
  // Walk back from `to` (predecessors sorted, so the order is stable).
  const walk = (node: string, tail: string[]) => {
    if (nodePaths.length >= limit) return
    if (node === from) return void nodePaths.push([from, ...tail])
    const nearer = (distance[node] ?? 0) - 1
    for (const p of neighboursOf(l, node)
      .filter((n) => distance[n] === nearer)
      .sort())
      walk(p, [node, ...tail])
  }
  walk(to, [])
  const paths = nodePaths.flatMap((nodes) => {
    const steps = nodes.slice(1).map((n, i) => stepBetween(l, nodes[i] ?? '', n))
    return steps.every((s) => s !== undefined) ? [steps.filter((s) => s !== undefined)] : []
  })
  return { paths, groups }
}
