import { describe, expect, it } from 'vitest'
import { neighbourhoodPurity, type GroupedPoint } from './purity'

/** `n` points of `group` on a small circle around (cx, cy). */
const cluster = (group: number, cx: number, cy: number, n = 10): GroupedPoint[] =>
  Array.from({ length: n }, (_, i) => ({
    x: cx + Math.cos((2 * Math.PI * i) / n),
    y: cy + Math.sin((2 * Math.PI * i) / n),
    group,
  }))

describe('neighbourhoodPurity', () => {
  it.each<[string, GroupedPoint[], number]>([
    ['groups in separate regions', [...cluster(0, 0, 0), ...cluster(1, 100, 0), ...cluster(2, 0, 100)], 1],
    // Two groups alternating around one circle: every point's neighbours are split 2–3 or worse.
    ['groups interleaved', cluster(0, 0, 0, 20).map((p, i) => ({ ...p, group: i % 2 })), 0],
    ['too few points', cluster(0, 0, 0, 3), 0],
  ])('%s → %f', (_name, points, expected) => {
    expect(neighbourhoodPurity(points)).toBeCloseTo(expected)
  })
  it('counts a point whose neighbours are mostly another group as impure', () => {
    const stray = { x: 100, y: 0.5, group: 0 }
    expect(neighbourhoodPurity([...cluster(0, 0, 0), ...cluster(1, 100, 0), stray])).toBeCloseTo(20 / 21)
  })
})
