import { describe, expect, it } from 'vitest'
import { createNameMatcher } from './matcher'

const things = [
  { aliases: ['RL', 'Reinforcement Learning', '强化学习'] }, // 0
  { aliases: ['MQA', 'Muti Query Attention'] }, // 1
  { aliases: ['DeepSpeed'] }, // 2
  { aliases: ['transformer'] }, // 3
  { aliases: ['decoder', '解码器'] }, // 4
  { aliases: ['causal decoder', '因果解码器'] }, // 5
  { aliases: ['Muti-head Attention', '多头注意力机制'] }, // 6
  { aliases: ['Layer Norm'] }, // 7
  { aliases: ['A'] }, // 8: too short to link
]
const matcher = createNameMatcher(things)
const targets = (text: string, self?: number): number[] => matcher.find(text, self).map((m) => m.target)

describe('name matching', () => {
  it.each<[string, number[]]>([
    ['以强化学习方式', [0]],
    ['Reinforcement Learning from Human Feedback', [0]],
    ['the url is a URL', []],
    ['RL-based and (RL)', [0, 0]],
    ['基于MQA改进的注意力机制', [1]],
    ['deepspeed分布式训练的核心', [2]],
    ['Generative Pre-trained Transformers', [3]],
    ['transformerXL is one word', []],
    ['一种因果解码器', [5]],
    ['解码器与因果解码器', [4, 5]],
    ['Muti head attention and muti-head attention', [6, 6]],
    ['a layernorm or a layer-norm', [7, 7]],
    ['A B C', []],
    ['Multi Query Attention is not MQA spelt wrong', [1]],
  ])('%s → %j', (text, expected) => {
    expect(targets(text)).toEqual(expected)
  })

  it('never reports the term itself, so a longer own name does not hide a shorter other one', () => {
    // In causal decoder's own gloss, 解码器 links to decoder.
    expect(targets('因果解码器', 5)).toEqual([4])
  })

  it('reports ranges in the original text', () => {
    const text = '用 Muti-Query  Attention 实现'
    const [match] = matcher.find(text)
    expect(match && text.slice(match.start, match.end)).toBe('Muti-Query  Attention')
  })
})
