import { describe, expect, it } from 'vitest'
import { fitZoom, labelShownFrom, pictureOf } from './picture'
import { toElements } from './elements'
import { toViewGraph } from '../format/view-graph'
import { sampleGraph } from '../format/testing/sample-graph'

describe('previewOf', () => {
  const view = toViewGraph(sampleGraph)
  const preview = pictureOf(view)
  const { nodes, edges } = toElements(view)

  it('draws every node where, how big and in which colour the canvas does', () => {
    expect(preview.nodes.map((n) => [n.id, n.x, n.y, n.size, n.color])).toEqual(
      nodes.map((e) => [e.data.id, e.position?.x, e.position?.y, e.data.size, e.data.color]),
    )
  })
  it('draws every edge, ending at the target node rim', () => {
    expect(preview.edges).toHaveLength(edges.length)
    for (const e of preview.edges) expect(Number.isFinite(e.x2 + e.y2)).toBe(true)
  })
  it('links terms to their pages and leaves concepts unlinked', () => {
    for (const n of preview.nodes) expect(n.href).toBe(n.kind === 'term' ? `/term/${n.id}/` : undefined)
  })
  it('boxes every node and its label', () => {
    const { x, y, w, h } = preview.box
    for (const n of preview.nodes) {
      expect(n.x - n.size / 2).toBeGreaterThanOrEqual(x)
      expect(n.x + n.size / 2).toBeLessThanOrEqual(x + w)
      expect(n.y - n.size / 2).toBeGreaterThanOrEqual(y)
      expect(n.y + n.size / 2 + n.fontSize).toBeLessThanOrEqual(y + h)
    }
  })
})

describe('fitZoom (use-camera rule)', () => {
  const box = { x: 0, y: 0, w: 1000, h: 500 }
  it.each([
    [1080, 1000, 1],
    [580, 1000, 0.5],
    [5000, 5000, 1.6],
    [100, 100, 0.15],
  ])('stage %i×%i → zoom %f', (w, h, zoom) => {
    expect(fitZoom(box, w, h)).toBeCloseTo(zoom)
  })
})

describe('labelShownFrom', () => {
  const box = { x: 0, y: 0, w: 1000, h: 500 }
  /** Cytoscape's rule (eleTextBiggerThanMin): font × 2^ceil(log2(zoom × ratio)) ≥ threshold. */
  const drawn = (font: number, zoom: number, ratio: number) =>
    font * 2 ** Math.ceil(Math.log2(zoom * ratio)) >= 9
  it.each([
    [14, 1],
    [14, 2],
    [21, 1],
    [14, 3],
  ])('font %i at pixel ratio %i: drawn exactly from the stage size it gives', (font, ratio) => {
    const [w, h] = labelShownFrom(box, font, 'term', ratio) ?? [NaN, NaN]
    expect(drawn(font, fitZoom(box, w, h), ratio)).toBe(true)
    expect(drawn(font, fitZoom(box, w - 2, h), ratio)).toBe(false)
  })
  it('says always for labels big enough at the minimum zoom, never for tiny ones', () => {
    expect(labelShownFrom(box, 100, 'term')).toEqual([0, 0])
    expect(labelShownFrom(box, 2, 'term')).toBeUndefined()
  })
})
