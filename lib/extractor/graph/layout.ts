/**
 * Positions computed at build time, so the browser draws instantly with a preset layout and
 * every shared link shows the same picture. Start positions come from a hash of each node's
 * key (not from Math.random), then ForceAtlas2 spreads the graph and noverlap separates
 * nodes that still touch.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2'
import noverlap from 'graphology-layout-noverlap'
import type { GlossaryGraph } from './build'
import { assignMapLayout } from './map-layout'
import { LAYOUT_SPACING, NODE_DIAMETER, termDiameter } from '../../format/node-size'
import { SIZES } from '../../format/settings'

export interface LayoutOptions {
  /** ForceAtlas2 iterations; large graphs get fewer (see iterationsFor). */
  iterations?: number
  /** Above this many nodes, use the Barnes–Hut approximation (O(n log n) per iteration). */
  barnesHutThreshold: number
  /** Final drawing width ≈ sqrt(nodes) × spacing, in the explorer's model pixels. */
  spacing: number
  /** Free space noverlap leaves around each node, room for its label. */
  margin: number
  /** Above this many nodes, a coarser Barnes–Hut approximation (theta 1, not 0.5): about twice as fast. */
  coarseThreshold: number
  /**
   * Above this many terms the layout is a map of the communities (map-layout.ts): one force layout
   * over thousands of terms is a hairball where no group can be seen.
   */
  mapThreshold: number
  /** Space between two groups on the map, in model pixels. */
  mapGap: number
}

const defaultLayoutOptions: LayoutOptions = {
  barnesHutThreshold: 500,
  spacing: LAYOUT_SPACING,
  margin: 10,
  coarseThreshold: 5000,
  mapThreshold: SIZES.mapAbove,
  mapGap: 2 * LAYOUT_SPACING,
}

const round = (value: number): number => Math.round(value * 100) / 100

export function assignLayout(graph: GlossaryGraph, options: Partial<LayoutOptions> = {}): void {
  const o = { ...defaultLayoutOptions, ...options }
  if (graph.order === 0) return
  if (graph.filterNodes((_n, a) => a.kind === 'term').length > o.mapThreshold) {
    graph.setAttribute('map', true)
    const radius = radiusScale(graph)
    assignMapLayout(graph, {
      spacing: o.spacing,
      gap: o.mapGap,
      seed: hashPair,
      sizeOf: (key) => {
        const a = graph.getNodeAttributes(key)
        return Math.max(radius(a.pagerank, a.kind), labelReach(a.label))
      },
    })
    graph.forEachNode((node, a) => graph.mergeNodeAttributes(node, { x: round(a.x), y: round(a.y) }))
    return
  }
  graph.forEachNode((node) => {
    const [a, b] = hashPair(node)
    graph.mergeNodeAttributes(node, { x: (a - 0.5) * 100, y: (b - 0.5) * 100 })
  })
  forceAtlas2.assign(graph, {
    iterations: o.iterations ?? iterationsFor(graph.order),
    getEdgeWeight: null,
    // Strong-ish gravity keeps small components (a pair of terms, a lone term) near the rest.
    settings: {
      ...forceAtlas2.inferSettings(graph),
      barnesHutOptimize: graph.order > o.barnesHutThreshold,
      ...(graph.order > o.coarseThreshold ? { barnesHutTheta: 1 } : {}),
      gravity: 4,
      scalingRatio: 10,
    },
  })
  scaleToWidth(graph, Math.sqrt(graph.order) * o.spacing)
  const radius = radiusScale(graph)
  noverlap.assign(graph, {
    maxIterations: 100,
    // noverlap's reducer types only x/y/size, so PageRank and kind are read from the graph.
    inputReducer: (key, attributes) => ({
      x: attributes.x,
      y: attributes.y,
      size: Math.max(
        radius(graph.getNodeAttribute(key, 'pagerank'), graph.getNodeAttribute(key, 'kind')),
        labelReach(graph.getNodeAttribute(key, 'label')),
      ),
    }),
    // noverlap compares only nodes that share a cell of its grid, a fixed 20×20 by default: at
    // 10,000 nodes crowded cells make it quadratic (~15 s). About one cell per node keeps it
    // linear and compares the same pairs; graphs under 400 nodes keep the default grid.
    settings: {
      margin: o.margin,
      ratio: 1,
      expansion: 1.1,
      gridSize: Math.max(20, Math.ceil(Math.sqrt(graph.order))),
    },
  })
  graph.forEachNode((node, attributes) => {
    graph.mergeNodeAttributes(node, { x: round(attributes.x), y: round(attributes.y) })
  })
}

/**
 * How far a node's label reaches sideways, roughly, at the explorer's label size (Chinese
 * characters ≈ 13 px, Latin ≈ 7 px): noverlap works with circles, so part of the label's
 * half-width counts, enough to keep neighbouring labels from running into each other.
 */
function labelReach(label: string): number {
  let width = 0
  for (const ch of label) width += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 13 : 7
  return 0.6 * (width / 2)
}

/** Scale positions around their centre so the drawing is `width` wide (or tall). */
function scaleToWidth(graph: GlossaryGraph, width: number): void {
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity]
  graph.forEachNode((_node, { x, y }) => {
    ;[minX, maxX, minY, maxY] = [Math.min(minX, x), Math.max(maxX, x), Math.min(minY, y), Math.max(maxY, y)]
  })
  const scale = width / Math.max(maxX - minX, maxY - minY, 1e-9)
  const [cx, cy] = [(minX + maxX) / 2, (minY + maxY) / 2]
  graph.updateEachNodeAttributes((_node, a) => ({ ...a, x: (a.x - cx) * scale, y: (a.y - cy) * scale }), {
    attributes: ['x', 'y'],
  })
}

/** The radius the explorer draws a node with (lib/format/node-size.ts), so noverlap keeps them apart. */
function radiusScale(graph: GlossaryGraph): (pagerank: number, kind: 'term' | 'concept') => number {
  let [lo, hi] = [Infinity, -Infinity]
  graph.forEachNode((_node, { kind, pagerank }) => {
    if (kind === 'term') [lo, hi] = [Math.min(lo, pagerank), Math.max(hi, pagerank)]
  })
  return (pagerank, kind) => (kind === 'concept' ? NODE_DIAMETER.concept : termDiameter(pagerank, lo, hi)) / 2
}

/** Fewer iterations as graphs grow: each one costs more, and big graphs settle in fewer. */
function iterationsFor(order: number): number {
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
