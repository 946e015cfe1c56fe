/**
 * Importance and grouping: degree, PageRank and Louvain communities, written onto the nodes.
 * Louvain gets a seeded random source, so the same glossary always gets the same groups.
 */
import pagerank from 'graphology-metrics/centrality/pagerank.js'
import louvain from 'graphology-communities-louvain'
import seedrandom from 'seedrandom'
import type { GlossaryGraph } from './build'

export interface MetricsOptions {
  /** Seed for community detection. */
  seed: string
}

const defaultMetricsOptions: MetricsOptions = { seed: 'glossary' }

/** Rounded so tiny floating-point differences never change the output bytes. */
const round = (value: number, digits = 6): number => Number(value.toFixed(digits))

export function assignMetrics(graph: GlossaryGraph, options: Partial<MetricsOptions> = {}): void {
  const { seed } = { ...defaultMetricsOptions, ...options }
  const ranks = graph.size > 0 ? pagerank(graph, { getEdgeWeight: null }) : {}
  const communities = bySize(louvain(graph, { rng: seedrandom(seed), getEdgeWeight: null }))
  graph.forEachNode((node) => {
    graph.mergeNodeAttributes(node, {
      degree: graph.degree(node),
      pagerank: round(ranks[node] ?? 1 / Math.max(graph.order, 1)),
      community: communities[node] ?? 0,
    })
  })
}

/**
 * Renumbers communities largest first (ties: in node order), so community 0 is the biggest and
 * a palette indexed by community gives the big groups distinct colours.
 */
function bySize(communities: Record<string, number>): Record<string, number> {
  const sizes = new Map<number, number>()
  for (const c of Object.values(communities)) sizes.set(c, (sizes.get(c) ?? 0) + 1)
  const firstSeen = [...new Set(Object.values(communities))]
  const order = firstSeen.sort((a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0))
  const rank = new Map(order.map((c, i) => [c, i]))
  return Object.fromEntries(Object.entries(communities).map(([node, c]) => [node, rank.get(c) ?? 0]))
}
