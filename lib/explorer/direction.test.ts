import { describe, expect, it } from 'vitest'
import { inDirection, type Arrow } from './direction'

const here = { id: 'o', x: 0, y: 0 }
const around = [
  { id: 'right', x: 100, y: 10 },
  { id: 'up', x: 5, y: -80 },
  { id: 'down-far', x: 0, y: 300 },
  { id: 'down-near-off', x: 60, y: 90 },
]

describe('inDirection', () => {
  it.each<[Arrow, string | undefined]>([
    ['ArrowRight', 'right'],
    ['ArrowUp', 'up'],
    ['ArrowDown', 'down-near-off'],
    ['ArrowLeft', undefined],
  ])('%s → %s', (arrow, expected) => {
    expect(inDirection(here, around, arrow)?.id).toBe(expected)
  })
  it('ignores the node itself and nodes on the same spot', () => {
    expect(inDirection(here, [here, { id: 'same', x: 0, y: 0 }], 'ArrowUp')).toBeUndefined()
  })
})
