/**
 * The layout of big glossaries as a map of their groups: each community is laid out on its own
 * (ForceAtlas2 on its induced subgraph, then noverlap), becomes a disc, and the discs are placed
 * by a layout of the communities themselves (meta-nodes weighted by the edges between them,
 * ForceAtlas2, then noverlap on the discs' radii), so related groups sit side by side and every
 * group owns a region. One force layout over thousands of nodes gives a hairball instead.
 */
import Graph from 'graphology'
import forceAtlas2 from 'graphology-layout-forceatlas2'
import noverlap from 'graphology-layout-noverlap'
import type { GlossaryGraph } from './build'

export interface MapLayoutOptions {
  /** Disc width ≈ sqrt(members) × spacing (the same density as the ordinary layout). */
  spacing: number
  /** Free space kept between two groups' discs, in model pixels. */
  gap: number
  /** Drawn radius of a node (its label reach included), as the ordinary layout's noverlap uses. */
  sizeOf: (node: string) => number
  /** Start position in [0, 1)² from the node's key (deterministic, no Math.random). */
  seed: (key: string) => [number, number]
}

type Positions = Map<string, { x: number; y: number }>

/** Positions of the members of one community, centred on 0,0; returns them and the disc radius. */
function layoutGroup(graph: GlossaryGraph, members: string[], o: MapLayoutOptions) {
  const sub = new Graph<{ x: number; y: number; size: number }>({ type: 'undirected', multi: false })
  for (const key of members) {
    const [a, b] = o.seed(key)
    sub.addNode(key, { x: (a - 0.5) * 100, y: (b - 0.5) * 100, size: o.sizeOf(key) })
  }
  for (const key of members)
    graph.forEachOutNeighbor(key, (other) => {
      if (sub.hasNode(other) && !sub.hasEdge(key, other)) sub.addEdge(key, other)
    })
  if (sub.order > 1) {
    forceAtlas2.assign(sub, {
      iterations: sub.order > 500 ? 60 : 100,
      getEdgeWeight: null,
      settings: {
        ...forceAtlas2.inferSettings(sub),
        barnesHutOptimize: sub.order > 500,
        gravity: 4,
        scalingRatio: 10,
      },
    })
  }
  centreAndScale(sub, Math.sqrt(sub.order) * o.spacing)
  if (sub.order > 1)
    noverlap.assign(sub, {
      maxIterations: 100,
      settings: {
        margin: 10,
        ratio: 1,
        expansion: 1.1,
        gridSize: Math.max(20, Math.ceil(Math.sqrt(sub.order))),
      },
    })
  const positions: Positions = new Map()
  let radius = 0
  sub.forEachNode((key, a) => {
    positions.set(key, { x: a.x, y: a.y })
    radius = Math.max(radius, Math.hypot(a.x, a.y) + a.size)
  })
  return { positions, radius }
}

/** Moves positions so their box is centred on 0,0 and `width` across (a single node stays at 0,0). */
function centreAndScale(g: Graph<{ x: number; y: number }>, width: number): void {
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity]
  g.forEachNode((_k, { x, y }) => {
    ;[minX, maxX, minY, maxY] = [Math.min(minX, x), Math.max(maxX, x), Math.min(minY, y), Math.max(maxY, y)]
  })
  const span = Math.max(maxX - minX, maxY - minY)
  const scale = span > 1e-9 ? width / span : 0
  const [cx, cy] = [(minX + maxX) / 2, (minY + maxY) / 2]
  g.updateEachNodeAttributes((_k, a) => ({ ...a, x: (a.x - cx) * scale, y: (a.y - cy) * scale }), {
    attributes: ['x', 'y'],
  })
}

/**
 * Pushes overlapping discs (x, y, radius = size) apart until none overlap: every pair, each pass,
 * half the overlap each way. The meta graph has one node per group (tens, a few hundred at most),
 * and noverlap's grid left some large discs overlapping.
 */
function separateDiscs(g: Graph<{ x: number; y: number; size: number }>, passes = 500): void {
  const discs = g.mapNodes((key, a) => ({ key, ...a }))
  for (let pass = 0; pass < passes; pass++) {
    let moved = false
    for (let i = 0; i < discs.length; i++)
      for (let j = i + 1; j < discs.length; j++) {
        const [a, b] = [discs[i], discs[j]]
        if (!a || !b) continue
        const [dx, dy] = [b.x - a.x, b.y - a.y]
        const distance = Math.hypot(dx, dy) || 1e-6
        const overlap = a.size + b.size - distance
        if (overlap <= 0) continue
        const [ux, uy] = distance > 1e-6 ? [dx / distance, dy / distance] : [1, 0]
        a.x -= (ux * overlap) / 2
        a.y -= (uy * overlap) / 2
        b.x += (ux * overlap) / 2
        b.y += (uy * overlap) / 2
        moved = true
      }
    if (!moved) break
  }
  for (const d of discs) g.mergeNodeAttributes(d.key, { x: d.x, y: d.y })
}

/** Lays out `graph` as a map of its communities (node attribute `community`), writing x and y. */
export function assignMapLayout(graph: GlossaryGraph, o: MapLayoutOptions): void {
  const groups = new Map<number, string[]>()
  graph.forEachNode((key, { community }) => {
    const list = groups.get(community)
    if (list) list.push(key)
    else groups.set(community, [key])
  })
  const meta = new Graph<{ x: number; y: number; size: number }, { weight: number }>({ type: 'undirected' })
  const laid = new Map<number, ReturnType<typeof layoutGroup>>()
  for (const [community, members] of groups) {
    const group = layoutGroup(graph, members, o)
    laid.set(community, group)
    const [a, b] = o.seed(`community:${community}`)
    meta.addNode(String(community), {
      x: (a - 0.5) * 100,
      y: (b - 0.5) * 100,
      size: group.radius + o.gap / 2,
    })
  }
  graph.forEachEdge((_e, _a, source, target, sa, ta) => {
    if (sa.community === ta.community) return
    const [s, t] = [String(sa.community), String(ta.community)]
    if (meta.hasEdge(s, t)) meta.updateEdgeAttribute(s, t, 'weight', (w = 0) => w + 1)
    else meta.addEdge(s, t, { weight: 1 })
  })
  if (meta.order > 1) {
    forceAtlas2.assign(meta, {
      iterations: 200,
      getEdgeWeight: 'weight',
      settings: {
        ...forceAtlas2.inferSettings(meta),
        gravity: 2,
        scalingRatio: 10,
        outboundAttractionDistribution: true,
      },
    })
    // Spread to about the packed size before removing overlaps, so noverlap only nudges.
    let area = 0
    meta.forEachNode((_k, { size }) => (area += size * size))
    centreAndScale(meta, 1.6 * Math.sqrt(area))
    // Groups FA2 left on the same spot (no edges between them and the rest) give noverlap no
    // direction to push: a seeded nudge of a pixel or two separates them.
    meta.updateEachNodeAttributes((key, a) => {
      const [dx, dy] = o.seed(`nudge:${key}`)
      return { ...a, x: a.x + (dx - 0.5) * 4, y: a.y + (dy - 0.5) * 4 }
    })
    separateDiscs(meta)
  }
  for (const [community, group] of laid) {
    const centre = meta.getNodeAttributes(String(community))
    for (const [key, p] of group.positions)
      graph.mergeNodeAttributes(key, { x: centre.x + p.x, y: centre.y + p.y })
  }
}
