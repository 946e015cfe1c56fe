import { describe, expect, it } from 'vitest'
import cytoscape, { type Core, type NodeSingular } from 'cytoscape'
import type { Box } from '@/lib/explorer/label-boxes'
import { idsOf, sized } from '../testing/headless-core'
import { hideCollidingLabels } from './use-label-collisions'

/** Nodes `[id, x, size]` on one row (headless Cytoscape measures no text, so labels get boxes below). */
function row(nodes: [string, number, number][]): Core {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: 'preset', fit: false },
    elements: nodes.map(([id, x, size]) => ({ data: { id, size }, position: { x, y: 0 } })),
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
  })
  return sized(cy, { w: 800, h: 600 })
}

/** A label 80 px wide and 14 px tall, centred under its node. */
const labelUnder = (n: NodeSingular): Box => {
  const { x, y } = n.renderedPosition()
  return { x0: x - 40, x1: x + 40, y0: y + 10, y1: y + 24 }
}

const hidden = (cy: Core) => idsOf(cy.$('.label-off'))

describe('hideCollidingLabels', () => {
  it.each([
    [
      'labels apart all stay',
      [
        ['a', 0, 20],
        ['b', 100, 30],
      ],
      [],
    ],
    [
      'the smaller of two overlapping labels goes',
      [
        ['a', 0, 20],
        ['b', 50, 30],
      ],
      ['a'],
    ],
    [
      'a label overlapping only a hidden one stays',
      [
        ['big', 0, 40],
        ['mid', 60, 30],
        ['small', 120, 20],
      ],
      ['mid'],
    ],
  ] as [string, [string, number, number][], string[]][])('%s', (_name, nodes, expected) => {
    const cy = row(nodes)
    hideCollidingLabels(cy, labelUnder)
    expect(hidden(cy)).toEqual(expected)
  })

  it.each(['picked', 'near', 'on-path'])('keeps a %s label and hides the larger one it overlaps', (cls) => {
    const cy = row([
      ['a', 0, 20],
      ['b', 50, 30],
    ])
    cy.getElementById('a').addClass(cls)
    hideCollidingLabels(cy, labelUnder)
    expect(hidden(cy)).toEqual(['b'])
  })

  it('hides a neighbour label that covers the selected one, but keeps overlapping neighbours', () => {
    const cy = row([
      ['picked', 0, 20],
      ['near', 50, 30],
      ['near2', 100, 20],
      ['near3', 130, 20],
    ])
    cy.getElementById('picked').addClass('picked')
    for (const id of ['near', 'near2', 'near3']) cy.getElementById(id).addClass('near')
    hideCollidingLabels(cy, labelUnder)
    expect(hidden(cy)).toEqual(['near'])
  })

  it('shows a label again once it no longer overlaps', () => {
    const cy = row([
      ['a', 0, 20],
      ['b', 50, 30],
    ])
    hideCollidingLabels(cy, labelUnder)
    cy.getElementById('a').position({ x: -200, y: 0 })
    hideCollidingLabels(cy, labelUnder)
    expect(hidden(cy)).toEqual([])
  })

  it('counts only the nodes on view', () => {
    const cy = row([
      ['a', 0, 20],
      ['b', 50, 30],
    ])
    cy.getElementById('b').style('display', 'none')
    hideCollidingLabels(cy, labelUnder)
    expect(hidden(cy)).toEqual([])
  })

  it('leaves labels alone above 1,500 visible nodes', () => {
    const cy = row(Array.from({ length: 1501 }, (_, i): [string, number, number] => [`n${i}`, i, 20]))
    hideCollidingLabels(cy, labelUnder)
    expect(hidden(cy)).toEqual([])
  })
})
