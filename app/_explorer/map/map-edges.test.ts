import { describe, expect, it } from 'vitest'
import { offCanvas, showOnly } from '@/lib/explorer/off-canvas'
import type { InView } from '@/lib/explorer/view'
import type { ViewGraph } from '@/lib/format/view-graph'
import { sampleGraph } from '@/lib/format/testing/sample-graph'
import { headlessCanvas, idsOf } from '../testing/headless-core'
import { addViewEdges, edgesByNode, groupsInView, isOverview, muteEdges } from './map-edges'

const mapGraph = { ...sampleGraph, attributes: { ...sampleGraph.attributes, map: true } }
const everything = (view: ViewGraph): InView => ({
  nodes: new Set(view.keys),
  edges: new Set(['m1', 'c1', 'c2', 'c3', 'c4']),
})
const keys = (n: number) => Array.from({ length: n }, (_, i) => `t${i}`)

describe('isOverview', () => {
  it.each([
    ['the whole map, however small', 5, 5, true],
    ['a part small enough to read', 500, 400, false],
    ['a part too big to read', 500, 401, true],
  ])('%s (%i nodes, %i in view)', (_name, total, shown, expected) => {
    const inView = { nodes: new Set(keys(shown)), edges: new Set<string>() }
    expect(isOverview({ ...toView(), keys: keys(total) }, inView)).toBe(expected)
  })
})

/** The sample's view graph, drawn as a map. */
function toView(): ViewGraph {
  return headlessCanvas(mapGraph, { withoutEdges: true }).view
}

describe('edgesByNode', () => {
  it('lists each edge under both of its ends', () => {
    const { edges } = headlessCanvas(mapGraph, { withoutEdges: true })
    const index = edgesByNode(edges)
    expect(index.get('mqa')?.map((e) => e.data.id)).toEqual(['m1', 'c1'])
    expect(index.get('concept:zhuyili')?.map((e) => e.data.id)).toEqual(['c1', 'c2', 'c3'])
    expect(index.get('text2vec')).toBeUndefined()
  })
})

describe('groupsInView', () => {
  it('names the communities that still have a node in view', () => {
    const view = { ...toView(), communities: [0, 0, 1, 2, 3, 0, 2] }
    expect([...groupsInView(view, { nodes: new Set(['gqa', 'rl']), edges: new Set() })].sort()).toEqual([
      0, 2,
    ])
  })
})

describe('addViewEdges', () => {
  it('adds the view edges between nodes on the canvas, muted in an overview', () => {
    const { cy, view, edges } = headlessCanvas(mapGraph, { withoutEdges: true })
    addViewEdges(cy, edges, everything(view), true)
    expect(idsOf(cy.edges())).toEqual(['c1', 'c2', 'c3', 'c4', 'm1'])
    expect(cy.edges('.muted').length).toBe(5)
  })

  it('adds only what the view holds, once, and not beside a node the view took off', () => {
    const { cy, view, edges } = headlessCanvas(mapGraph, { withoutEdges: true })
    const inView: InView = { nodes: new Set(view.keys), edges: new Set(['m1', 'c1', 'c4']) }
    addViewEdges(cy, edges, inView, false)
    addViewEdges(cy, edges, inView, false)
    expect(idsOf(cy.edges())).toEqual(['c1', 'c4', 'm1'])
    expect(cy.edges('.muted').length).toBe(0)
    const narrower: InView = {
      nodes: new Set(['gqa', 'mqa', 'concept:zhuyili']),
      edges: new Set(['m1', 'c1', 'c2']),
    }
    showOnly(cy, narrower)
    addViewEdges(cy, edges, narrower, false)
    // c2 is new; m1 and c1 stayed; c4's end (rl) is off the canvas.
    expect(idsOf(cy.edges())).toEqual(['c1', 'c2', 'm1'])
  })

  it('does not add a second copy of an edge the view took off (it comes back with the view)', () => {
    const { cy, view, edges } = headlessCanvas(mapGraph, { withoutEdges: true })
    addViewEdges(cy, edges, everything(view), false)
    showOnly(cy, { nodes: new Set(view.keys), edges: new Set() })
    addViewEdges(cy, edges, everything(view), false)
    expect(cy.edges().length).toBe(0)
    expect(idsOf(offCanvas(cy).edges())).toEqual(['c1', 'c2', 'c3', 'c4', 'm1'])
  })
})

describe('muteEdges', () => {
  it.each([true, false])('overview %s: every edge muted or none', (overview) => {
    const { cy, view, edges } = headlessCanvas(mapGraph, { withoutEdges: true })
    addViewEdges(cy, edges, everything(view), !overview)
    muteEdges(cy, overview)
    expect(cy.edges('.muted').length).toBe(overview ? 5 : 0)
  })
})
