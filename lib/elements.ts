/**
 * Cytoscape element definitions for the whole graph, built once per graph. Visibility is applied
 * later with classes, so filters never rebuild or re-diff the elements.
 */
import type { ElementDefinition } from 'cytoscape'
import { colorOf } from './legend'
import type { Lookup } from './lookup'

/** Node diameter range in model pixels. */
const MIN_SIZE = 18
const MAX_SIZE = 60
const CONCEPT_SIZE = 24

/**
 * Scales build-time positions so the drawing is about `sqrt(n) * spacing` wide whatever units
 * the layout used, keeping the file's shape (same picture for every shared link).
 */
export function toElements(l: Lookup, spacing = 95): ElementDefinition[] {
  const nodes = [...l.nodes.values()]
  const xs = range(nodes.map((n) => n.x))
  const ys = range(nodes.map((n) => n.y))
  const span = Math.max(xs.hi - xs.lo, ys.hi - ys.lo, 1e-9)
  const scale = (Math.sqrt(Math.max(nodes.length, 4)) * spacing) / span
  const pr = range(nodes.filter((n) => n.kind === 'term').map((n) => n.pagerank))
  const lo = pr.lo
  const hi = Math.max(pr.hi, lo + 1e-9)
  const out: ElementDefinition[] = nodes.map((n) => {
    const size =
      n.kind === 'concept'
        ? CONCEPT_SIZE
        : MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt((n.pagerank - lo) / (hi - lo))
    return {
      group: 'nodes',
      data: {
        id: n.id,
        label: n.label,
        kind: n.kind,
        size,
        fontSize: Math.round(11 + size / 6),
        color: colorOf(n.community),
      },
      position: { x: n.x * scale, y: n.y * scale },
      classes: n.kind,
    }
  })
  for (const e of l.edges)
    out.push({
      group: 'edges',
      data: { id: e.id, source: e.source, target: e.target, kind: e.kind },
      classes: e.kind,
    })
  return out
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
