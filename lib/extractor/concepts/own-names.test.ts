import { describe, expect, it } from 'vitest'
import type { Term } from '../../format/types'
import { stemKey } from './english'
import { ownNames } from './own-names'

const term = (...aliases: string[]): Term => ({
  label: aliases[0] ?? '',
  slug: '',
  definition: '',
  aliases,
  source: { file: 'g.md', line: 1 },
})

const terms = [
  term('SGD', 'Stochastic Gradient Descent', '随机梯度下降'), // 0
  term('HOG', 'Histogram of Oriented Gradients', '方向梯度直方图'), // 1
  term('NER', 'Named Entity Recognition', '命名实体识别'), // 2
  term('Image Recognition', '图像识别'), // 3
  term('Intent Recognition', '意图识别'), // 4
  term('RLHF', 'Reinforcement Learning from Human Feedback', '人类反馈强化学习'), // 5
  term('Style Transfer', '风格迁移'), // 6
]
const own = ownNames(terms, 3)

describe('own names', () => {
  it.each<[number, string, boolean]>([
    [0, '梯度', true], // 随机梯度下降 is a kind of 下降, not of 梯度
    [1, '梯度', true],
    [0, '梯度下降', false], // its head
    [0, '下降', false],
    [6, '迁移', false], // 风格迁移 is a kind of 迁移
    [3, '识别', false],
    [2, stemKey('entity'), true],
    [2, stemKey('recognition'), false],
    [5, stemKey('reinforcement learning'), false], // the head comes before "from"
    [5, stemKey('human feedback'), true],
    [5, stemKey('feedback'), true],
    [0, stemKey('momentum'), false], // not in its names at all
  ])('term %d: %s modifies its name → %s', (index, key, expected) => {
    expect(own.modifies(index, key)).toBe(expected)
  })

  it.each<[string, boolean]>([
    ['识别', true], // ends 命名实体识别, 图像识别, 意图识别
    [stemKey('recognition'), true],
    ['迁移', false], // ends one name only
    ['下降', false],
    [stemKey('image recognition'), false], // a phrase may still be a concept
  ])('%s is a generic head → %s', (key, expected) => {
    expect(own.isGenericHead(key)).toBe(expected)
  })

  it('counts a family only from the given number of names', () => {
    expect(ownNames(terms, 4).isGenericHead('识别')).toBe(false)
  })
})
