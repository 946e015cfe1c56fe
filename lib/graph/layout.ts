/**
 * Positions computed at build time, so the browser draws instantly with a preset layout and
 * every shared link shows the same picture. Start positions come from a hash of each node's
 * key (not from Math.random), then ForceAtlas2 spreads the graph and noverlap separates
 * nodes that still touch.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2'
import noverlap from 'graphology-layout-noverlap'
import type { GlossaryGraph } from './build'

export interface LayoutOptions {
  /** ForceAtlas2 iterations; large graphs get fewer (see iterationsFor). */
  iterations?: number
  /** Above this many nodes, use the Barnes–Hut approximation (O(n log n) per iteration). */
  barnesHutThreshold: number
}

export const defaultLayoutOptions: LayoutOptions = { barnesHutThreshold: 500 }

const round = (value: number): number => Math.round(value * 100) / 100

export function assignLayout(graph: GlossaryGraph, options: Partial<LayoutOptions> = {}): void {
  const o = { ...defaultLayoutOptions, ...options }
  if (graph.order === 0) return
  const spread = Math.sqrt(graph.order) * 10
  graph.forEachNode((node) => {
    const [a, b] = hashPair(node)
    graph.mergeNodeAttributes(node, { x: (a - 0.5) * spread, y: (b - 0.5) * spread })
  })
  const settings = forceAtlas2.inferSettings(graph)
  forceAtlas2.assign(graph, {
    iterations: o.iterations ?? iterationsFor(graph.order),
    getEdgeWeight: null,
    settings: { ...settings, barnesHutOptimize: graph.order > o.barnesHutThreshold, gravity: 1, scalingRatio: 10 },
  })
  noverlap.assign(graph, { maxIterations: 50, settings: { margin: 2, ratio: 1.2 } })
  graph.forEachNode((node, attributes) => {
    graph.mergeNodeAttributes(node, { x: round(attributes.x), y: round(attributes.y) })
  })
}

/** Fewer iterations as graphs grow: each one costs more, and big graphs settle in fewer. */
export function iterationsFor(order: number): number {
  if (order <= 500) return 600
  if (order <= 5000) return 150
  return 60
}

/** Two numbers in [0, 1) derived from a string (FNV-1a, then a second round). */
function hashPair(text: string): [number, number] {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  const first = (h >>> 0) / 2 ** 32
  h ^= h >>> 13
  h = Math.imul(h, 0x5bd1e995)
  h ^= h >>> 15
  return [first, (h >>> 0) / 2 ** 32]
}
