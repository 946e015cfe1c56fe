import { describe, expect, it } from 'vitest'
import cytoscape, { type Core } from 'cytoscape'
import type { Arrow } from '@/lib/explorer/direction'
import { sized } from '../testing/headless-core'
import { arrowTarget } from './use-canvas-keys'

/**
 * A hub `o` with neighbours on each side, a far node `x` right of it that is not a neighbour, and
 * `big`, the largest node, linked to nothing.
 */
function compass(): Core {
  const at = (id: string, x: number, y: number, size = 20) => ({ data: { id, size }, position: { x, y } })
  const link = (target: string) => ({ data: { id: `o-${target}`, source: 'o', target } })
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: 'preset', fit: false },
    elements: [
      at('o', 0, 0),
      at('up', 10, -100),
      at('down', 0, 100),
      at('left', -100, 20),
      at('right', 200, 0),
      at('x', 50, 0),
      at('big', 500, 500, 60),
      ...['up', 'down', 'left', 'right'].map(link),
    ],
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
  })
  return sized(cy, { w: 800, h: 600 })
}

describe('arrowTarget', () => {
  it.each([
    ['ArrowUp', 'up'],
    ['ArrowDown', 'down'],
    ['ArrowLeft', 'left'],
    // `x` is nearer on the right but is no neighbour.
    ['ArrowRight', 'right'],
  ] as [Arrow, string][])('%s from the hub goes to %s', (key, expected) => {
    expect(arrowTarget(compass(), 'o', key)).toBe(expected)
  })

  it('goes nowhere when no neighbour lies that way', () => {
    expect(arrowTarget(compass(), 'up', 'ArrowUp')).toBeUndefined()
  })

  it('skips a neighbour that is not on view', () => {
    const cy = compass()
    cy.getElementById('right').style('display', 'none')
    expect(arrowTarget(cy, 'o', 'ArrowRight')).toBeUndefined()
  })

  it.each([undefined, 'gone'])('starts at the most central node without a selection (%s)', (current) => {
    expect(arrowTarget(compass(), current, 'ArrowDown')).toBe('big')
  })
})
