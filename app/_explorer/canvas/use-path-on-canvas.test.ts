import { describe, expect, it } from 'vitest'
import { shortestPaths } from '@/lib/explorer/paths'
import { headlessCanvas, idsOf } from '../testing/headless-core'
import { markPath, pathIds } from './use-path-on-canvas'

describe('the path on the canvas', () => {
  it.each([
    ['a direct mention', 'gqa', 'mqa', ['gqa', 'm1', 'mqa']],
    [
      'two steps through a shared concept',
      'mqa',
      'muti-head-attention',
      ['c1', 'c3', 'concept:zhuyili', 'mqa', 'muti-head-attention'],
    ],
    ['no path: only the two ends', 'rl', 'mqa', ['mqa', 'rl']],
  ])('%s: %s → %s', (_name, from, to, expected) => {
    const { cy, lookup } = headlessCanvas()
    markPath(cy, pathIds(from, to, shortestPaths(lookup, from, to)))
    expect(idsOf(cy.$('.on-path'))).toEqual(expected)
    // Everything else is dimmed, nothing is both.
    expect(cy.$('.off-path').length).toBe(cy.elements().length - expected.length)
    expect(cy.$('.on-path.off-path').length).toBe(0)
  })

  it('clears both classes when the path goes', () => {
    const { cy, lookup } = headlessCanvas()
    markPath(cy, pathIds('gqa', 'mqa', shortestPaths(lookup, 'gqa', 'mqa')))
    markPath(cy, new Set())
    expect(cy.$('.on-path, .off-path').length).toBe(0)
  })
})
