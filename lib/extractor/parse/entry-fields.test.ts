import { describe, expect, it } from 'vitest'
import { parseEntryFields, type EntryFields } from './entry-fields'
import { normalizeText } from '../prose'

const rows: Array<[string, Partial<EntryFields>]> = [
  [
    'RL，Reinforcement Learning的简写，强化学习',
    { label: 'RL', expansion: 'Reinforcement Learning', gloss: '强化学习', definition: '' },
  ],
  [
    'DQN, Deep Q-Network的简写，DQN算法在2013年由DeepMind团队提出，通过使用深度神经网络',
    {
      label: 'DQN',
      expansion: 'Deep Q-Network',
      definition: 'DQN算法在2013年由DeepMind团队提出，通过使用深度神经网络',
    },
  ],
  [
    'SFT，Supervised Fine-Tuning简写，有监督的微调',
    { expansion: 'Supervised Fine-Tuning', gloss: '有监督的微调' },
  ],
  [
    'TRPO, rust region policy optimization的简称, 强化学习中信赖域策略优化',
    { expansion: 'rust region policy optimization', definition: '强化学习中信赖域策略优化' },
  ],
  [
    'MQA，Muti Query Attention，一种加快计算速度的注意力机制',
    { expansion: 'Muti Query Attention', gloss: undefined, definition: '一种加快计算速度的注意力机制' },
  ],
  [
    'PPO, Proximal Policy Optimization, 强化学习中近短策略优化算法',
    { expansion: 'Proximal Policy Optimization' },
  ],
  [
    'off-policy, the learning is from the data off the target policy，强化学习中',
    { expansion: undefined, definition: 'the learning is from the data off the target policy，强化学习中' },
  ],
  ['decoder，解码器', { label: 'decoder', gloss: '解码器', definition: '' }],
  [
    'ZeRO，The Zero Redundancy Optimizer的简写，零冗余优化，deepspeed分布式训练的核心',
    { gloss: '零冗余优化', definition: 'deepspeed分布式训练的核心' },
  ],
  [
    'BGE，BAAI General Embedding的简写，智源开源的词向量模型，',
    { gloss: undefined, definition: '智源开源的词向量模型' },
  ],
  [
    'sentencepiece，谷歌开源的分词框架，提供了两种切词算法',
    { gloss: undefined, definition: '谷歌开源的分词框架，提供了两种切词算法' },
  ],
  [
    'Paged Attention，一种注意力机制，在vLLM中得到使用',
    { gloss: undefined, definition: '一种注意力机制，在vLLM中得到使用' },
  ],
  [
    'Perplexity（PPL），困惑度，语言模型评估指标',
    { label: 'Perplexity', parenAliases: ['PPL'], gloss: '困惑度' },
  ],
  ['L2 regularization，L2正则化，在损失中加入权重的平方和', { gloss: 'L2正则化' }],
  [
    'transformer，2017年的一篇论文提出的架构',
    { label: 'transformer', definition: '2017年的一篇论文提出的架构' },
  ],
  ['batch size，一次训练的样本数目', { gloss: undefined, definition: '一次训练的样本数目' }],
  ['规模，1,000 个样本以上', { label: '规模', definition: '1,000 个样本以上' }],
  ['Reward model', { label: 'Reward model', definition: '' }],
]

describe('parseEntryFields', () => {
  it.each(rows)('%s', (text, expected) => {
    const fields = parseEntryFields(normalizeText(text))
    expect(fields).toMatchObject(expected)
    for (const [key, value] of Object.entries(expected))
      if (value === undefined) expect(fields?.[key as keyof EntryFields]).toBeUndefined()
  })

  it('keeps full-width punctuation but folds ligatures (NFKC)', () => {
    expect(normalizeText('unilm, Uniﬁed Language Model的简写，统一语言模型')).toBe(
      'unilm, Unified Language Model的简写，统一语言模型',
    )
  })

  it('returns nothing for an entry without a name', () => {
    expect(parseEntryFields('，只有释义')).toBeUndefined()
  })
})
