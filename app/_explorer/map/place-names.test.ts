import { describe, expect, it } from 'vitest'
import type { MapGroup } from '@/lib/explorer/groups'
import { headlessCanvas } from '../testing/headless-core'
import { placeGroupNames } from './place-names'

const group = (community: number, x: number, y: number): MapGroup => ({
  community,
  name: `g${community}`,
  color: '#000000',
  x,
  y,
  size: 10,
})
const name = { w: 60, h: 20 }

/** An 800 × 600 canvas at zoom 2, model (0, 0) at screen (100, 50). */
function canvas() {
  const { cy } = headlessCanvas()
  cy.viewport({ zoom: 2, pan: { x: 100, y: 50 } })
  return cy
}

describe('placeGroupNames', () => {
  it('puts a name over its group, through the camera', () => {
    expect(placeGroupNames(canvas(), [group(0, 100, 100)], [name])).toEqual([
      { x: 300, y: 250, covered: false },
    ])
  })

  it.each([
    ['the left side', -40, 34],
    ['the right side', 340, 766],
  ])('keeps a whole name on screen near %s', (_name, x, expected) => {
    expect(placeGroupNames(canvas(), [group(0, x, 0)], [name])[0]?.x).toBe(expected)
  })

  it('leaves a group off screen where it is', () => {
    expect(placeGroupNames(canvas(), [group(0, -500, 0)], [name])[0]?.x).toBe(-900)
  })

  it('leaves out a name that would cover a larger group’s, and only that one', () => {
    const places = placeGroupNames(
      canvas(),
      [group(0, 100, 100), group(1, 110, 102), group(2, 300, 100)],
      [name, name, name],
    )
    expect(places.map((p) => p?.covered)).toEqual([false, true, false])
  })

  it('places a name not laid out yet without judging it, and skips one without a size', () => {
    const places = placeGroupNames(canvas(), [group(0, 0, 0), group(1, 0, 0)], [{ w: 0, h: 0 }])
    expect(places).toEqual([{ x: 100, y: 50 }, undefined])
  })
})
