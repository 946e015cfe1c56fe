import { describe, expect, it } from 'vitest'
import { createSegmenter } from './segment'
import { isInside, negatedSpans } from './negation'

const segmenter = createSegmenter()
/** The words of `text` inside a negation's scope. */
const denied = (text: string, word: string): boolean => {
  const spans = negatedSpans(text, segmenter.tokens(text))
  return isInside(spans, text.indexOf(word))
}

describe('negation', () => {
  it.each<[string, string, boolean]>([
    ['grants do not require repayment', 'repayment', true],
    ["it doesn't need collateral", 'collateral', true],
    ['trained without a reward model', 'reward model', true],
    ['no labels are needed', 'labels', true],
    ['not only fast but also cheap', 'cheap', false],
    ['not cached, but the index is', 'index', false], // the scope ends with the clause
    ['repayment starts later', 'repayment', false],
    ['补助无需偿还', '偿还', true],
    ['不需要人工标注的样本', '标注', true],
    ['没有标注的数据', '标注', true],
    ['与监督学习不同的标注方式', '标注', false], // 不同 is no negation
    ['不仅需要标注', '标注', false],
    ['无法收敛，需要调整学习率', '学习率', false],
  ])('%s: %s denied → %s', (text, word, expected) => {
    expect(denied(text, word)).toBe(expected)
  })
})
