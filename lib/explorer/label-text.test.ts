import { describe, expect, it } from 'vitest'
import { labelWidth, shortLabel } from './label-text'
import { toElements } from './elements'
import { previewOf } from './preview'
import { toViewGraph } from '../format/view-graph'
import { sampleGraph } from '../format/testing/sample-graph'

describe('shortLabel', () => {
  it.each([
    ['RLHF', 'RLHF'],
    ['注意力', '注意力'],
    ['一二三四五六七八九十', '一二三四五六七八九十'],
    ['一二三四五六七八九十一二三四五六', '一二三四五六七八九…'],
    ['Reinforcement Learning from Human Feedback', 'Reinforcement Lea…'],
    ['GPT-4 多模态大语言模型的上下文窗口', 'GPT-4 多模态大语…'],
  ])('%s → %s', (label, expected) => {
    expect(shortLabel(label)).toBe(expected)
  })

  it('never makes a label wider than ten ems, at any font size', () => {
    for (const label of ['大规模预训练语言模型的指令微调', 'Mixture of Experts routing', 'x'])
      for (const size of [10, 14, 30])
        expect(labelWidth(shortLabel(label), size)).toBeLessThanOrEqual(10 * size + size)
  })
})

describe('the canvas and the picture draw the same label text', () => {
  it('toElements carries the short label, and the preview draws it', () => {
    const view = toViewGraph(sampleGraph)
    const nodes = toElements(view).nodes
    const preview = previewOf(view)
    for (const def of nodes) {
      expect(def.data.short).toBe(shortLabel(String(def.data.label)))
      expect(preview.nodes.find((n) => n.id === def.data.id)?.label).toBe(def.data.short)
    }
  })
})
