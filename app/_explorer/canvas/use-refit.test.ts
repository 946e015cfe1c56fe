import { describe, expect, it } from 'vitest'
import { headlessCanvas } from '../testing/headless-core'
import { allInside } from './use-refit'

describe('allInside', () => {
  it.each([
    ['all nodes inside', { w: 800, h: 600 }, true],
    ['a node past the right side', { w: 300, h: 600 }, false],
    ['a node below the bottom', { w: 800, h: 150 }, false],
  ])('%s', (_name, size, expected) => {
    const { cy } = headlessCanvas()
    // The sample graph's nodes all sit at the origin; spread two of them.
    cy.getElementById('mqa').position({ x: 400, y: 50 })
    cy.getElementById('rl').position({ x: 100, y: 300 })
    cy.viewport({ zoom: 1, pan: { x: 50, y: 50 } })
    expect(allInside(cy, size)).toBe(expected)
  })

  it('counts only visible nodes, and an empty view as inside', () => {
    const { cy } = headlessCanvas()
    cy.getElementById('mqa').position({ x: 5000, y: 0 })
    cy.getElementById('mqa').style('display', 'none')
    cy.viewport({ zoom: 1, pan: { x: 50, y: 50 } })
    expect(allInside(cy, { w: 800, h: 600 })).toBe(true)
    cy.nodes().style('display', 'none')
    expect(allInside(cy, { w: 10, h: 10 })).toBe(true)
  })
})
