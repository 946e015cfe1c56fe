import cytoscape, { type Core, type StylesheetJsonBlock } from 'cytoscape'
import { describe, expect, it, vi } from 'vitest'
import { everyNode, offCanvas, restyleOffCanvas, showOnly } from './off-canvas'

const sheet = (rim: string): StylesheetJsonBlock[] => [
  {
    selector: 'node',
    style: { width: 'data(size)', 'background-color': 'data(color)', 'border-color': rim },
  },
  { selector: 'node.picked', style: { 'border-width': 4 } },
]

/** a → b → c, a → c: three nodes with data-mapped sizes and colours. */
function canvas(): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: 'preset' },
    elements: [
      { data: { id: 'a', size: 10, color: '#111111' }, position: { x: 0, y: 0 } },
      { data: { id: 'b', size: 20, color: '#222222' }, position: { x: 100, y: 0 } },
      { data: { id: 'c', size: 30, color: '#333333' }, position: { x: 200, y: 0 } },
      { data: { id: 'ab', source: 'a', target: 'b' } },
      { data: { id: 'bc', source: 'b', target: 'c' } },
      { data: { id: 'ac', source: 'a', target: 'c' } },
    ],
    style: sheet('#000000'),
  })
}

const view = (nodes: string[], edges: string[]) => ({ nodes: new Set(nodes), edges: new Set(edges) })
const ids = (eles: { map: (f: (el: { id: () => string }) => string) => string[] }) =>
  eles.map((el) => el.id()).sort()
const everything = view(['a', 'b', 'c'], ['ab', 'bc', 'ac'])

describe('showOnly', () => {
  it('puts exactly the view on the canvas and keeps the rest off it', () => {
    const cy = canvas()
    showOnly(cy, view(['a', 'b'], ['ab']))
    expect(ids(cy.elements())).toEqual(['a', 'ab', 'b'])
    expect(ids(offCanvas(cy))).toEqual(['ac', 'bc', 'c'])
    expect(ids(everyNode(cy))).toEqual(['a', 'b', 'c'])

    showOnly(cy, everything)
    expect(ids(cy.elements())).toEqual(['a', 'ab', 'ac', 'b', 'bc', 'c'])
    expect(offCanvas(cy).empty()).toBe(true)
  })

  it('takes off an edge the view leaves out between nodes it keeps, and brings back an edge only with both ends', () => {
    const cy = canvas()
    showOnly(cy, view(['a', 'b', 'c'], ['ab']))
    expect(ids(cy.edges())).toEqual(['ab'])
    // `ac` is in this view's edges but `c` is not: it stays off.
    showOnly(cy, view(['a', 'b'], ['ab', 'ac']))
    expect(ids(cy.edges())).toEqual(['ab'])
    showOnly(cy, everything)
    expect(ids(cy.edges())).toEqual(['ab', 'ac', 'bc'])
  })

  it('brings an untouched element back without restyling it, in the style it left with', () => {
    const cy = canvas()
    // As drawn once: every element has its style.
    cy.elements().forEach((el) => void el.style('opacity'))
    showOnly(cy, view(['a'], []))
    // Cytoscape's (untyped) step that computes an element's style.
    const apply = vi.spyOn(cy.style() as unknown as { apply: (eles: unknown) => unknown }, 'apply')
    showOnly(cy, everything)
    const c = cy.getElementById('c')
    expect(c.style('background-color')).toBe('rgb(51,51,51)')
    expect(c.width()).toBe(30)
    cy.elements().forEach((el) => void el.style('opacity'))
    expect(apply).not.toHaveBeenCalled()
  })

  it('brings a node back with bounds where it is now', () => {
    const cy = canvas()
    const centre = () => {
      const b = cy.getElementById('c').boundingBox({ includeLabels: false })
      return [(b.x1 + b.x2) / 2, b.w]
    }
    expect(centre()).toEqual([200, expect.any(Number)])
    const width = centre()[1]
    showOnly(cy, view(['a'], []))
    showOnly(cy, everything)
    expect(centre()).toEqual([200, width])
    showOnly(cy, view(['a'], []))
    everyNode(cy).positions((n) => ({ x: n.position().x + 1000, y: 0 }))
    showOnly(cy, everything)
    expect(centre()).toEqual([1200, width])
  })

  it('restyles an element whose classes or data changed while it was away', () => {
    const cy = canvas()
    showOnly(cy, view(['a'], []))
    const away = offCanvas(cy)
    away.getElementById('b').addClass('picked')
    everyNode(cy).forEach((n) => void n.data('size', Number(n.data('size')) * 2))
    showOnly(cy, everything)
    expect(cy.getElementById('b').style('border-width')).toBe('4px')
    expect(cy.getElementById('c').width()).toBe(60)
    expect(cy.getElementById('a').width()).toBe(20)
  })

  it('brings elements back in the new colours after a stylesheet change', () => {
    const cy = canvas()
    showOnly(cy, view(['a'], []))
    const light = sheet('#ffffff')
    cy.style().fromJson(light).update()
    restyleOffCanvas(cy, light)
    expect(ids(offCanvas(cy))).toEqual(['ab', 'ac', 'b', 'bc', 'c'])
    showOnly(cy, everything)
    expect(cy.getElementById('c').style('border-color')).toBe('rgb(255,255,255)')
    expect(cy.getElementById('c').style('background-color')).toBe('rgb(51,51,51)')
    expect(cy.getElementById('a').style('border-color')).toBe('rgb(255,255,255)')
  })
})
