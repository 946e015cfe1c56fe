/**
 * Where the map's group names go on screen: over their group's region as the first view drew it,
 * kept whole on screen, and left out where they would cover a larger group's name.
 */
import type { Core } from 'cytoscape'
import type { MapGroup } from '@/lib/explorer/groups'
import { overlaps, type Box } from '@/lib/explorer/label-boxes'
import { whereDrawn } from '../handover/use-first-view'

/** Least gap between a group's name and the canvas's side, in CSS pixels. */
const EDGE = 4

export interface NamePlace {
  /** The name's centre on screen (CSS pixels from the canvas's top left). */
  x: number
  y: number
  /** It would cover a larger group's name; undefined when it has no size yet (not laid out). */
  covered?: boolean
}

/**
 * Places the names of `groups` (largest first), `sizes[i]` being the rendered size of group i's
 * name; a group without a size gets no place.
 */
export function placeGroupNames(
  cy: Core,
  groups: readonly MapGroup[],
  sizes: readonly { w: number; h: number }[],
): (NamePlace | undefined)[] {
  const zoom = cy.zoom()
  const pan = cy.pan()
  const width = cy.width()
  const placed: Box[] = []
  return groups.map((g, i) => {
    const size = sizes[i]
    if (!size) return undefined
    // Where the first view put the group (a phone turns the drawing).
    const { x, y } = whereDrawn(cy, g)
    const at = { x: x * zoom + pan.x, y: y * zoom + pan.y }
    // A group on screen keeps its whole name on screen (long names ran off a phone's edge).
    const half = size.w / 2 + EDGE
    if (at.x >= 0 && at.x <= width) at.x = Math.min(Math.max(at.x, half), Math.max(half, width - half))
    if (size.w === 0) return at
    const box = { x0: at.x - size.w / 2, x1: at.x + size.w / 2, y0: at.y - size.h / 2, y1: at.y + size.h / 2 }
    const covered = placed.some((p) => overlaps(p, box))
    if (!covered) placed.push(box)
    return { ...at, covered }
  })
}
