import { describe, expect, it } from 'vitest'
import type { GraphJSON } from '../../format/types'
import { extract } from '../extract'
import { createResolver, nameParts, normName, parseGold, passes, scoreReal } from './real-score'

// A small glossary of our own, scored the way ../shared/real-glossaries/score.py scores the real ones.
const GLOSSARY = `# G

- RL，Reinforcement Learning的简写，强化学习
- RLHF，Reinforcement Learning from Human Feedback的简写，以强化学习方式依据人类反馈优化模型
- PPO，Proximal Policy Optimization的简写，一种策略梯度算法，用于RLHF
- SGD，随机梯度下降，沿梯度方向更新参数
- Dropout，训练时丢弃部分神经元的正则化方法
`

function graphOf(markdown: string): GraphJSON {
  const { graph } = extract({ files: [{ path: 'g.md', content: markdown }] })
  if (!graph) throw new Error('no graph')
  return graph.export()
}

describe('score.py names', () => {
  it.each<[string, string]>([
    ['**LoRA** (Low-Rank  Adaptation)', 'lora (low-rank adaptation)'],
    ['[Adam](https://x.org/adam)', 'adam'],
    ['ＲＡＧ', 'rag'],
  ])('normName(%s) = %s', (name, folded) => expect(normName(name)).toBe(folded))

  it.each<[string, string[]]>([
    ['LoRA (Low-Rank Adaptation)', ['lora', 'low-rank adaptation']],
    ['Deep Learning - 深度学习', ['deep learning', '深度学习']],
    [
      '检索增强生成（Retrieval-Augmented Generation/RAG）',
      ['检索增强生成', 'retrieval-augmented generation', 'rag'],
    ],
  ])('nameParts(%s)', (name, parts) => expect([...nameParts(name)].sort()).toEqual([...parts].sort()))
})

describe('scoreReal', () => {
  const graph = graphOf(GLOSSARY)

  it('resolves a gold name by label, else by the most shared name parts', () => {
    const resolve = createResolver(graph)
    expect(resolve('RLHF')).toBe('rlhf')
    expect(resolve('强化学习 (Reinforcement Learning)')).toBe('rl')
    expect(resolve('Nothing here')).toBeUndefined()
  })

  it('counts linked pairs and traps, and applies the pass rule', () => {
    const gold = parseGold(
      {
        entries: 6,
        distinct_terms: 5,
        pairs: [
          ['RLHF', 'RL'],
          ['PPO', 'RLHF'],
          ['Dropout', 'SGD'],
        ],
        traps: [
          ['RL', 'Dropout'],
          ['PPO', 'RLHF'],
        ],
      },
      'test',
    )
    const score = scoreReal(graph, gold)
    expect(score).toMatchObject({
      termsFound: 5,
      termsWanted: [6, 5],
      countOk: true,
      pairsFound: 2,
      pairsTotal: 3,
    })
    expect(score.missed).toEqual(['Dropout~SGD'])
    expect(score.traps).toEqual(['PPO~RLHF'])
    expect(passes(score, { minRecall: 0.6, maxTraps: 1 })).toBe(true)
    expect(passes(score, { minRecall: 0.7, maxTraps: 1 })).toBe(false)
    expect(passes(score, { minRecall: 0.6, maxTraps: 0 })).toBe(false)
  })

  it.each<[string, unknown]>([
    ['not an object', 3],
    ['no entries', { pairs: [], traps: [] }],
    ['a pair of three', { entries: 1, pairs: [['a', 'b', 'c']], traps: [] }],
    ['a name that is not text', { entries: 1, pairs: [['a', 2]], traps: [] }],
  ])('rejects gold that is %s', (_what, data) => expect(() => parseGold(data, 'g.json')).toThrow(/g\.json/))
})
