import { describe, expect, it } from 'vitest'
import type { Core, Position } from 'cytoscape'
import { offCanvas, showOnly } from '@/lib/explorer/off-canvas'
import { headlessCanvas } from '../testing/headless-core'
import { distances, layOutFiltered, layOutHome } from './use-filtered-layout'

const gap = (a: Position, b: Position) => Math.hypot(a.x - b.x, a.y - b.y)
const at = (cy: Core, id: string) => cy.getElementById(id).position()
const positionsOf = (cy: Core) => new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]))

describe('distances', () => {
  it('counts steps from the root over visible elements, either way along edges', () => {
    const { cy } = headlessCanvas()
    expect(Object.fromEntries(distances(cy, 'gqa'))).toEqual({
      gqa: 0,
      mqa: 1,
      'concept:zhuyili': 1,
      'muti-head-attention': 2,
    })
  })

  it('does not walk through what is hidden, and knows no unknown root', () => {
    const { cy } = headlessCanvas()
    cy.getElementById('concept:zhuyili').style('display', 'none')
    expect([...distances(cy, 'gqa').keys()].sort()).toEqual(['gqa', 'mqa'])
    expect(distances(cy, 'nowhere').size).toBe(0)
  })
})

describe('layOutFiltered', () => {
  it('rings the focus: each step away sits farther out', () => {
    const { cy } = headlessCanvas()
    layOutFiltered(cy, 'gqa', false)
    const centre = at(cy, 'gqa')
    const one = Math.max(gap(centre, at(cy, 'mqa')), gap(centre, at(cy, 'concept:zhuyili')))
    const two = gap(centre, at(cy, 'muti-head-attention'))
    const unreached = gap(centre, at(cy, 'rl'))
    expect(one).toBeGreaterThan(0)
    expect(two).toBeGreaterThan(one)
    expect(unreached).toBeGreaterThan(two)
  })

  it('puts the concepts in the middle of their members without a focus', () => {
    const { cy } = headlessCanvas()
    for (const id of ['rl', 'text2vec', 'concept:qianghuaxuexi'])
      cy.getElementById(id).style('display', 'none')
    layOutFiltered(cy, undefined, false)
    const members = ['mqa', 'gqa', 'muti-head-attention'].map((id) => at(cy, id))
    const middle = {
      x: members.reduce((s, p) => s + p.x, 0) / members.length,
      y: members.reduce((s, p) => s + p.y, 0) / members.length,
    }
    const concept = gap(middle, at(cy, 'concept:zhuyili'))
    for (const p of members) expect(gap(middle, p)).toBeGreaterThan(concept)
  })

  it('leaves a view of one node where it is', () => {
    const { cy } = headlessCanvas()
    cy.nodes().not('#mqa').style('display', 'none')
    const before = { ...at(cy, 'mqa') }
    layOutFiltered(cy, 'mqa', false)
    expect(at(cy, 'mqa')).toEqual(before)
  })
})

describe('layOutHome', () => {
  it('brings every node back to its global position, those off the canvas too', async () => {
    const { cy } = headlessCanvas()
    const home = positionsOf(cy)
    layOutFiltered(cy, 'gqa', false)
    expect(at(cy, 'mqa')).not.toEqual(home.get('mqa'))
    showOnly(cy, { nodes: new Set(['gqa', 'mqa']), edges: new Set(['m1']) })
    const done = new Promise((resolve) => cy.one('layoutstop', resolve))
    layOutHome(cy, home)
    await done
    for (const n of cy.nodes()) expect([n.id(), n.position()]).toEqual([n.id(), home.get(n.id())])
    for (const n of offCanvas(cy).nodes()) expect([n.id(), n.position()]).toEqual([n.id(), home.get(n.id())])
  })
})
