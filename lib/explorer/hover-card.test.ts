import { describe, expect, it } from 'vitest'
import { buildLookup } from './graph-model'
import { excerpt, hoverCardOf } from './hover-card'
import { sampleGraph } from '../format/testing/sample-graph'

const l = buildLookup(sampleGraph)

describe('previewOf', () => {
  it.each([
    [
      'mqa',
      {
        label: 'MQA',
        names: ['Muti Query Attention'],
        excerpt: '一种加快计算速度的注意力机制',
        concepts: ['注意力'],
      },
    ],
    ['rl', { label: 'RL', names: ['Reinforcement Learning', '强化学习'], concepts: ['强化学习'] }],
    ['concept:zhuyili', { label: '注意力', kind: 'concept', excerpt: '', members: 3, concepts: [] }],
  ])('%s', (id, expected) => {
    expect(hoverCardOf(l, id)).toMatchObject(expected)
  })
  it('is undefined for an unknown node', () => {
    expect(hoverCardOf(l, 'nope')).toBeUndefined()
  })
})

describe('excerpt', () => {
  it.each([
    ['短', 80, '短'],
    ['一二三四五', 3, '一二三…'],
    ['ab cd', 3, 'ab…'],
    ['😀😀😀', 2, '😀😀…'],
  ])('%j cut at %d', (text, max, expected) => {
    expect(excerpt(text, max)).toBe(expected)
  })
})
