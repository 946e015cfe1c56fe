/**
 * Keyboard travel on the canvas: which neighbour an arrow key moves to. Screen coordinates
 * (y grows downwards); a candidate counts when it lies within 60° of the arrow's direction,
 * and the best one is near and close to the arrow's line.
 */

export type Arrow = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight'

export interface Point {
  id: string
  x: number
  y: number
}

const VECTORS: Record<Arrow, [number, number]> = {
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
}

/** cos 60°: candidates further off the arrow's direction are not "in that direction". */
const CONE = 0.5

/** The candidate to move to from `from` for `arrow`, or undefined when none lies that way. */
export function inDirection(from: Point, candidates: readonly Point[], arrow: Arrow): Point | undefined {
  const [dx, dy] = VECTORS[arrow]
  let best: Point | undefined
  let bestCost = Infinity
  for (const c of candidates) {
    const vx = c.x - from.x
    const vy = c.y - from.y
    const dist = Math.hypot(vx, vy)
    if (c.id === from.id || dist === 0) continue
    const cos = (vx * dx + vy * dy) / dist
    if (cos < CONE) continue
    // Distance, stretched for candidates off the arrow's line (1× straight ahead, 2× at the cone's edge).
    const cost = dist * (2 - cos)
    if (cost < bestCost) [best, bestCost] = [c, cost]
  }
  return best
}
