/**
 * How big a node is drawn and how far apart nodes sit: one definition for the build-time
 * layout (which keeps nodes and labels from overlapping) and the explorer (which draws them).
 */

/** Diameter range of term nodes in model pixels, by PageRank; concepts have one size. */
export const NODE_DIAMETER = { min: 18, max: 60, concept: 24 } as const

/** The drawing is about sqrt(nodes) × spacing model pixels wide. */
export const LAYOUT_SPACING = 90

/**
 * A term's diameter: the square root of its PageRank's place between the smallest and largest
 * PageRank, so area grows with importance.
 */
export function termDiameter(pagerank: number, lo: number, hi: number): number {
  const share = hi > lo ? (pagerank - lo) / (hi - lo) : 0
  return NODE_DIAMETER.min + (NODE_DIAMETER.max - NODE_DIAMETER.min) * Math.sqrt(Math.max(0, share))
}

/** Label font size in model pixels for a node of that diameter. */
export const labelSize = (diameter: number): number => Math.round(11 + diameter / 6)
