import { describe, expect, it } from 'vitest'
import { LABEL_MAX_EMS, shortLabel, textWidth } from './text-width'
import { toElements } from './elements'
import { pictureOf } from './picture'
import { toViewGraph } from '../format/view-graph'
import { sampleGraph } from '../format/testing/sample-graph'

describe('shortLabel', () => {
  it.each([
    ['RLHF', 'RLHF'],
    ['注意力', '注意力'],
    ['一二三四五六七八九十', '一二三四五六七八九十'],
    ['一二三四五六七八九十一二三四五六', '一二三四五六七八九…'],
    ['Reinforcement Learning from Human Feedback', 'Reinforcement Lea…'],
  ])('%s → %s', (label, expected) => {
    expect(shortLabel(label)).toBe(expected)
  })

  it('never draws a label wider than the limit, at any font size', () => {
    for (const label of [
      '大规模预训练语言模型的指令微调',
      'Mixture of Experts routing',
      'GPT-4 多模态大语言模型',
      'x',
    ])
      for (const size of [10, 14, 30])
        expect(textWidth(shortLabel(label), size)).toBeLessThanOrEqual(LABEL_MAX_EMS * size)
  })
})

describe('the canvas and the picture draw the same label text', () => {
  it('toElements carries the short label, and the preview draws it', () => {
    const view = toViewGraph(sampleGraph)
    const preview = pictureOf(view)
    const nodes = toElements(view).nodes
    expect(nodes.length).toBeGreaterThan(0)
    for (const def of nodes) {
      expect(def.data.short).toBe(shortLabel(String(def.data.label)))
      expect(preview.nodes.find((n) => n.id === def.data.id)?.label).toBe(def.data.short)
    }
  })
})
