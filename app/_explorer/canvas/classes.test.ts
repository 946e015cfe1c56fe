import { describe, expect, it } from 'vitest'
import type { Core } from 'cytoscape'
import { headlessCanvas, idsOf } from '../testing/headless-core'
import { setClassWhere, syncClass } from './classes'

/** Ids of the elements whose classes change while `act` runs. */
function changedBy(cy: Core, act: () => void): string[] {
  const changed = new Set<string>()
  const note = (e: { target: { id: () => string } }) => void changed.add(e.target.id())
  cy.on('class', note)
  act()
  cy.removeListener('class', note)
  return [...changed].sort()
}

describe('syncClass', () => {
  it.each([
    ['adds to the ids given', [], ['mqa', 'gqa'], ['gqa', 'mqa']],
    ['removes from the others', ['mqa', 'rl'], ['gqa'], ['gqa']],
    ['ignores ids not on the canvas', [], ['mqa', 'nowhere'], ['mqa']],
    ['reaches edges too', [], ['m1'], ['m1']],
  ])('%s', (_name, before, ids, expected) => {
    const { cy } = headlessCanvas()
    for (const id of before) cy.getElementById(id).addClass('match')
    syncClass(cy, 'match', new Set(ids))
    expect(idsOf(cy.$('.match'))).toEqual(expected)
  })

  it('touches only the elements whose class changes', () => {
    const { cy } = headlessCanvas()
    syncClass(cy, 'match', new Set(['mqa', 'gqa']))
    expect(changedBy(cy, () => syncClass(cy, 'match', new Set(['gqa', 'rl'])))).toEqual(['mqa', 'rl'])
  })

  it('limits removal to the group given', () => {
    const { cy } = headlessCanvas()
    cy.getElementById('m1').addClass('match')
    syncClass(cy, 'match', new Set(['mqa']), 'node')
    expect(idsOf(cy.$('.match'))).toEqual(['m1', 'mqa'])
  })
})

describe('setClassWhere', () => {
  it('gives the class where the test holds and takes it elsewhere', () => {
    const { cy } = headlessCanvas()
    cy.getElementById('rl').addClass('dim')
    setClassWhere(cy, 'dim', (id) => id.startsWith('concept:'))
    expect(idsOf(cy.$('.dim'))).toEqual(['concept:qianghuaxuexi', 'concept:zhuyili'])
  })

  it('touches only the elements whose class changes, among the group', () => {
    const { cy } = headlessCanvas()
    setClassWhere(cy, 'dim', (id) => id === 'mqa')
    expect(
      changedBy(cy, () => setClassWhere(cy, 'dim', (id) => id === 'gqa' || id === 'c1', 'node')),
    ).toEqual(['gqa', 'mqa'])
    // Edges were not asked about.
    expect(cy.getElementById('c1').hasClass('dim')).toBe(false)
  })
})
