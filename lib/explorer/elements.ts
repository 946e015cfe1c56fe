/**
 * Cytoscape element definitions for the whole graph, built once per graph from the lean view
 * graph (no definitions needed to draw). Filters take elements off the canvas and put the same
 * ones back (off-canvas.ts), so they never rebuild or re-diff the elements.
 */
import type { ElementDefinition } from 'cytoscape'
import { colorOf } from './legend'
import { viewEdges, type ViewGraph } from '../format/view-graph'
import { shortLabel } from './text-width'
import { LAYOUT_SPACING, NODE_DIAMETER, labelSize, termDiameter } from '../format/node-size'

export interface Elements {
  nodes: ElementDefinition[]
  /** Edges in file order, each tagged with its kind so callers can add some kinds later. */
  edges: ElementDefinition[]
}

/**
 * Scales build-time positions so the drawing is about `sqrt(n) * spacing` wide whatever units
 * the layout used, keeping the file's shape (same picture for every shared link).
 */
export function toElements(v: ViewGraph, spacing = LAYOUT_SPACING): Elements {
  const n = v.keys.length
  const xs = range(v.xs)
  const ys = range(v.ys)
  const span = Math.max(xs.hi - xs.lo, ys.hi - ys.lo, 1e-9)
  const scale = (Math.sqrt(Math.max(n, 4)) * spacing) / span
  const pr = range(v.pageranks.filter((_, i) => v.kinds[i] !== 1))
  const lo = pr.lo
  const hi = Math.max(pr.hi, lo + 1e-9)
  const nodes: ElementDefinition[] = v.keys.map((id, i) => {
    const kind = v.kinds[i] === 1 ? 'concept' : 'term'
    const pagerank = v.pageranks[i] ?? lo
    const size = kind === 'concept' ? NODE_DIAMETER.concept : termDiameter(pagerank, lo, hi)
    const label = v.labels[i] ?? id
    return {
      group: 'nodes',
      data: {
        id,
        label,
        short: shortLabel(label),
        kind,
        size,
        fontSize: labelSize(size),
        color: colorOf(v.communities[i] ?? 0),
      },
      position: { x: (v.xs[i] ?? 0) * scale, y: (v.ys[i] ?? 0) * scale },
      classes: kind,
    }
  })
  const edges: ElementDefinition[] = viewEdges(v).map(({ key, source, target, kind, relation }) => ({
    group: 'edges',
    // A typed relation is drawn apart from a plain mention (cy-style.ts: `rel-is-a`, …).
    data: { id: key, source, target, kind, ...(relation ? { relation } : {}) },
    classes: relation ? `${kind} rel-${relation}` : kind,
  }))
  return { nodes, edges }
}

/** Min and max without spreading (large graphs would overflow the argument limit); 0..0 when empty. */
function range(values: number[]): { lo: number; hi: number } {
  if (values.length === 0) return { lo: 0, hi: 0 }
  let lo = Infinity
  let hi = -Infinity
  for (const v of values) {
    if (v < lo) lo = v
    if (v > hi) hi = v
  }
  return { lo, hi }
}
