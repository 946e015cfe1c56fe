import { describe, expect, it } from 'vitest'
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape'
import { headlessCanvas, idsOf, sized } from '../testing/headless-core'
import { fitViewport, markSelection, selectionViewport } from './use-camera'

const W = 800
const H = 600
const PADDING = 40

/** Nodes of diameter 20 at the given points (ids a, b, c… then n26, n27…), and edges from the first to the others. */
function canvasOf(points: [number, number][], edges = true): Core {
  const nodes: ElementDefinition[] = points.map(([x, y], i) => ({
    data: { id: i < 26 ? String.fromCharCode(97 + i) : `n${i}`, size: 20 },
    position: { x, y },
  }))
  const links: ElementDefinition[] = edges
    ? nodes.slice(1).map((n) => ({ data: { id: `a-${n.data.id}`, source: 'a', target: String(n.data.id) } }))
    : []
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: 'preset', fit: false },
    elements: [...nodes, ...links],
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
  })
  return sized(cy, { w: W, h: H })
}

/** Where the nodes land on screen under a viewport. */
function onScreen(cy: Core, viewport: { zoom: number; pan: { x: number; y: number } }) {
  cy.viewport(viewport)
  return cy.nodes().renderedBoundingBox({})
}

describe('fitViewport', () => {
  it('fits the drawing inside the padding, touching it along the tighter axis', () => {
    const cy = canvasOf([
      [0, 0],
      [1000, 0],
      [500, 300],
    ])
    const bb = onScreen(cy, fitViewport(cy, undefined, 0))
    expect(bb.x1).toBeCloseTo(PADDING, 3)
    expect(bb.x2).toBeCloseTo(W - PADDING, 3)
    expect(bb.y1).toBeGreaterThanOrEqual(PADDING)
    expect(bb.y2).toBeLessThanOrEqual(H - PADDING)
  })

  it('centres the drawing in what a bottom sheet leaves visible', () => {
    const cy = canvasOf([
      [0, 0],
      [100, 100],
    ])
    const bb = onScreen(cy, fitViewport(cy, undefined, 200))
    expect((bb.y1 + bb.y2) / 2).toBeCloseTo((H - 200) / 2, 3)
    expect((bb.x1 + bb.x2) / 2).toBeCloseTo(W / 2, 3)
  })

  it('does not zoom a small view in past 1.6', () => {
    const cy = canvasOf([
      [0, 0],
      [30, 0],
    ])
    expect(fitViewport(cy, undefined, 0).zoom).toBe(1.6)
  })

  it('fits only the elements asked for', () => {
    const cy = canvasOf([
      [0, 0],
      [100, 0],
      [5000, 5000],
    ])
    const viewport = fitViewport(cy, cy.$('#a, #b'), 0)
    cy.viewport(viewport)
    const far = cy.getElementById('c').renderedPosition()
    expect(far.x).toBeGreaterThan(W)
    expect(cy.$('#a, #b').renderedBoundingBox({}).x1).toBeGreaterThanOrEqual(PADDING - 1e-6)
  })

  it('keeps the camera when there is nothing to fit', () => {
    const cy = canvasOf([])
    cy.viewport({ zoom: 0.7, pan: { x: 12, y: 34 } })
    expect(fitViewport(cy, undefined, 0)).toEqual({ zoom: 0.7, pan: { x: 12, y: 34 } })
  })

  it('boxes thousands of nodes from their discs and still fits every one', () => {
    const points: [number, number][] = Array.from({ length: 2100 }, (_, i) => [
      (i % 50) * 40,
      Math.floor(i / 50) * 40,
    ])
    const cy = canvasOf(points, false)
    const bb = onScreen(cy, fitViewport(cy, undefined, 0))
    // Within a pixel: Cytoscape's own bounds add a little around each disc.
    expect(bb.x1).toBeGreaterThanOrEqual(PADDING - 1)
    expect(bb.x2).toBeLessThanOrEqual(W - PADDING + 1)
    expect(bb.y2).toBeLessThanOrEqual(H - PADDING + 1)
    // 50 columns by 42 rows: the height is the tighter axis, filled.
    expect(bb.y2 - bb.y1).toBeGreaterThan(H - 2 * PADDING - 1)
  })
})

describe('selectionViewport', () => {
  it.each([
    ['zooms in to 1 at least', 0.5, 1],
    ['keeps a closer zoom', 2, 2],
  ])('%s', (_name, before, expected) => {
    const cy = canvasOf([
      [0, 0],
      [50, 0],
    ])
    cy.zoom(before)
    expect(selectionViewport(cy, cy.getElementById('a'), 0).zoom).toBe(expected)
  })

  it('centres the node when its neighbourhood fits around it', () => {
    const cy = canvasOf([
      [0, 0],
      [60, 40],
    ])
    cy.viewport(selectionViewport(cy, cy.getElementById('a'), 100))
    const p = cy.getElementById('a').renderedPosition()
    expect(p.x).toBeCloseTo(W / 2, 3)
    expect(p.y).toBeCloseTo((H - 100) / 2, 3)
  })

  it('moves the least that brings a far neighbour on screen', () => {
    const cy = canvasOf([
      [0, 0],
      [700, 0],
    ])
    cy.viewport(selectionViewport(cy, cy.getElementById('a'), 0))
    const a = cy.getElementById('a').renderedBoundingBox({})
    const b = cy.getElementById('b').renderedBoundingBox({})
    expect(a.x1).toBeGreaterThanOrEqual(0)
    expect(b.x2).toBeLessThanOrEqual(W)
    // Not centred any more: the neighbour needed the room.
    expect(cy.getElementById('a').renderedPosition().x).toBeLessThan(W / 2)
  })

  it('keeps the node centred when its neighbourhood cannot fit', () => {
    const cy = canvasOf([
      [0, 0],
      [3000, 0],
    ])
    cy.viewport(selectionViewport(cy, cy.getElementById('a'), 0))
    expect(cy.getElementById('a').renderedPosition().x).toBeCloseTo(W / 2, 3)
  })
})

describe('markSelection', () => {
  it('marks the selection picked and its neighbours and their edges near', () => {
    const { cy } = headlessCanvas()
    markSelection(cy, 'mqa')
    expect(idsOf(cy.$('.picked'))).toEqual(['mqa'])
    expect(idsOf(cy.$('.near'))).toEqual(['c1', 'concept:zhuyili', 'gqa', 'm1'])
  })

  it('moves the marks with the selection and clears them without one', () => {
    const { cy } = headlessCanvas()
    markSelection(cy, 'mqa')
    markSelection(cy, 'rl')
    expect(idsOf(cy.$('.picked'))).toEqual(['rl'])
    expect(idsOf(cy.$('.near'))).toEqual(['c4', 'concept:qianghuaxuexi'])
    markSelection(cy, undefined)
    expect(cy.$('.picked, .near').length).toBe(0)
  })
})
