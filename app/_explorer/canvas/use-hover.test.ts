import { describe, expect, it } from 'vitest'
import { showOnly } from '@/lib/explorer/off-canvas'
import { headlessCanvas, idsOf } from '../testing/headless-core'
import { hoverOff, hoverOn } from './use-hover'
import { dimAround } from './use-selection-look'

const everything = [
  'mqa',
  'gqa',
  'muti-head-attention',
  'rl',
  'text2vec',
  'concept:zhuyili',
  'concept:qianghuaxuexi',
]

describe('hover', () => {
  it('lights the node and its neighbourhood and fades the rest', () => {
    const { cy } = headlessCanvas()
    hoverOn(cy, cy.getElementById('rl'))
    expect(idsOf(cy.$('.hov'))).toEqual(['c4', 'concept:qianghuaxuexi', 'rl'])
    expect(cy.$('.faded').length).toBe(cy.elements().length - 3)
    expect(cy.$('.hov.faded').length).toBe(0)
  })

  it('clears both looks, on elements a filter took off the canvas too', () => {
    const { cy } = headlessCanvas()
    hoverOn(cy, cy.getElementById('rl'))
    showOnly(cy, { nodes: new Set(['mqa']), edges: new Set() })
    hoverOff(cy)
    showOnly(cy, { nodes: new Set(everything), edges: new Set(['m1', 'c1', 'c2', 'c3', 'c4']) })
    expect(cy.$('.hov, .faded').length).toBe(0)
  })
})

describe('dimAround', () => {
  it('dims everything outside the selection’s neighbourhood', () => {
    const { cy } = headlessCanvas()
    dimAround(cy, 'gqa')
    expect(idsOf(cy.elements().not('.dim'))).toEqual(['c2', 'concept:zhuyili', 'gqa', 'm1', 'mqa'])
  })

  it.each([
    ['nothing selected', undefined],
    ['a selection not on the canvas', 'nowhere'],
  ])('dims nothing with %s', (_name, id) => {
    const { cy } = headlessCanvas()
    dimAround(cy, 'gqa')
    dimAround(cy, id)
    expect(cy.$('.dim').length).toBe(0)
  })
})
