import { describe, expect, it, vi } from 'vitest'
import type { Core } from 'cytoscape'
import { sampleGraph } from '@/lib/format/testing/sample-graph'
import type { GraphJSON } from '@/lib/format/types'
import { headlessCanvas } from '../testing/headless-core'
import { keepLabelsReadable, useFirstView, whereDrawn } from './use-first-view'

// The hook's effect runs at once: what it does to the core is under test, not React's scheduling.
vi.mock('react', async (importOriginal) => ({
  ...(await importOriginal<typeof import('react')>()),
  useEffect: (effect: () => void) => void effect(),
}))

/** The sample graph laid out in a wide strip (the sample itself puts every node at the origin). */
const wideGraph: GraphJSON = {
  ...sampleGraph,
  nodes: sampleGraph.nodes.flatMap((n, i) =>
    n.attributes ? [{ ...n, attributes: { ...n.attributes, x: i * 100, y: (i % 2) * 30 } }] : [],
  ),
}

const fonts = (cy: Core) => new Map(cy.nodes().map((n) => [n.id(), Number(n.data('fontSize'))]))

/** The five largest terms' smallest label, in screen pixels. */
const smallestCentral = (cy: Core) =>
  Math.min(
    ...cy
      .nodes('.term')
      .sort((a, b) => Number(b.data('size')) - Number(a.data('size')))
      .slice(0, 5)
      .map((n) => Number(n.data('fontSize')) * cy.zoom()),
  )

describe('keepLabelsReadable', () => {
  it('grows every label by one factor until the central terms read at 10 px', () => {
    const { cy } = headlessCanvas()
    const before = fonts(cy)
    cy.zoom(0.5)
    keepLabelsReadable(cy)
    const factors = [...fonts(cy)].map(([id, size]) => size / (before.get(id) ?? NaN))
    expect(new Set(factors.map((f) => f.toFixed(9))).size).toBe(1)
    expect(factors[0]).toBeGreaterThan(1)
    expect(smallestCentral(cy)).toBeCloseTo(10, 9)
  })

  it('leaves labels that already read alone', () => {
    const { cy } = headlessCanvas()
    const before = fonts(cy)
    cy.zoom(1)
    keepLabelsReadable(cy)
    expect(fonts(cy)).toEqual(before)
  })

  it('never grows them beyond three times in all, however often it is called', () => {
    const { cy } = headlessCanvas()
    const before = fonts(cy)
    cy.zoom(0.1)
    keepLabelsReadable(cy)
    cy.zoom(0.05)
    keepLabelsReadable(cy)
    for (const [id, size] of fonts(cy)) expect(size / (before.get(id) ?? NaN)).toBeCloseTo(3, 9)
  })
})

describe('useFirstView', () => {
  it('turns a landscape drawing a quarter turn on a portrait canvas, and whereDrawn follows it', () => {
    const { cy } = headlessCanvas(wideGraph, { size: { w: 400, h: 900 } })
    const before = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]))
    const wide = cy.nodes().boundingBox({})
    expect(wide.w).toBeGreaterThan(wide.h)
    useFirstView(cy, undefined, true)
    const tall = cy.nodes().boundingBox({})
    expect(tall.h).toBeGreaterThan(tall.w)
    for (const n of cy.nodes()) {
      const drawn = whereDrawn(cy, before.get(n.id()) ?? { x: NaN, y: NaN })
      expect(drawn.x).toBeCloseTo(n.position().x, 9)
      expect(drawn.y).toBeCloseTo(n.position().y, 9)
    }
  })

  it('keeps the drawing as built on a landscape canvas', () => {
    const { cy } = headlessCanvas(wideGraph, { size: { w: 1200, h: 700 } })
    const before = cy.nodes().map((n) => ({ ...n.position() }))
    useFirstView(cy, undefined, true)
    expect(cy.nodes().map((n) => n.position())).toEqual(before)
    expect(whereDrawn(cy, { x: 3, y: 4 })).toEqual({ x: 3, y: 4 })
  })

  it.each([
    [false, 'grows', true],
    [true, 'leaves', false],
  ])('map %s: %s small labels', (map, _verb, grows) => {
    const { cy } = headlessCanvas(undefined, { size: { w: 1200, h: 700 } })
    const before = fonts(cy)
    cy.zoom(0.3)
    useFirstView(cy, undefined, map)
    expect(fonts(cy).get('mqa') !== before.get('mqa')).toBe(grows)
  })
})
