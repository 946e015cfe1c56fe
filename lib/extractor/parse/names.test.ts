import { describe, expect, it } from 'vitest'
import { parseNames, type Names } from './names'

const rows: Array<[string, Omit<Names, 'aliases'> & { aliases?: string[] }]> = [
  ['LoRA (Low-Rank Adaptation)', { label: 'LoRA', expansion: 'Low-Rank Adaptation' }],
  [
    '通用人工智能（Artificial General Intelligence/AGI）',
    { label: '通用人工智能', expansion: 'Artificial General Intelligence', abbreviation: 'AGI' },
  ],
  ['Deep Learning - 深度学习', { label: 'Deep Learning', gloss: '深度学习' }],
  [
    'GPU (Graphics Processing Unit) - 图形处理器',
    { label: 'GPU', expansion: 'Graphics Processing Unit', gloss: '图形处理器' },
  ],
  ['人工智能 （AI）', { label: '人工智能', abbreviation: 'AI' }],
  ['FP8 / FP16 / INT4', { label: 'FP8 / FP16 / INT4', aliases: ['FP8', 'FP16', 'INT4'] }],
  ['[LoRA](https://arxiv.org/abs/2106.09685)', { label: 'LoRA' }],
  ['LoRA（https://arxiv.org/abs/2106.09685）', { label: 'LoRA' }],
  ['Large Language Model (LLM)', { label: 'Large Language Model', abbreviation: 'LLM' }],
  ['Token（词元）', { label: 'Token', gloss: '词元' }],
  ['自注意力（Self-Attention）', { label: '自注意力', expansion: 'Self-Attention' }],
  [
    '人类反馈强化学习（RLHF / Reinforcement Learning from Human Feedback）',
    {
      label: '人类反馈强化学习',
      abbreviation: 'RLHF',
      expansion: 'Reinforcement Learning from Human Feedback',
    },
  ],
  ['ReAct（推理+行动）', { label: 'ReAct', gloss: '推理+行动' }],
  ['ReAct (Reasoning + Acting)', { label: 'ReAct', expansion: 'Reasoning + Acting' }],
  ['深度学习 - Deep Learning', { label: '深度学习', expansion: 'Deep Learning' }],
  ['RAG — Retrieval-Augmented Generation', { label: 'RAG', expansion: 'Retrieval-Augmented Generation' }],
  ['Transformer 架构', { label: 'Transformer 架构' }],
  ['GPT-4', { label: 'GPT-4' }],
  ['I/O', { label: 'I/O' }],
  ['Batch / Batch Size', { label: 'Batch / Batch Size', aliases: ['Batch', 'Batch Size'] }],
  [
    '向量/嵌入（Embeddings）',
    { label: '向量/嵌入', expansion: 'Embeddings', aliases: ['向量', '嵌入', 'Embeddings'] },
  ],
  ['大模型（大语言模型）', { label: '大模型', aliases: ['大语言模型'] }],
  ['Temperature (温度)', { label: 'Temperature', gloss: '温度' }],
  ['softmax(x)ᵢ', { label: 'softmax(x)i' }], // NFKC, as every name
  ['Agent - 智能体 (AI Agent)', { label: 'Agent', gloss: '智能体', expansion: 'AI Agent' }],
  ['Multi-Head Attention (MHA)', { label: 'Multi-Head Attention', abbreviation: 'MHA' }],
  ['KV Cache:', { label: 'KV Cache' }],
]

// Heads of a file that writes `English 中文` (NameOptions.bilingualHeads).
const bilingualRows: Array<[string, Omit<Names, 'aliases'>]> = [
  ['Alignment 对齐', { label: 'Alignment', gloss: '对齐' }],
  [
    'AI (Artificial Intelligence / 人工智能)',
    { label: 'AI', expansion: 'Artificial Intelligence', gloss: '人工智能' },
  ],
  ['Machine Learning (机器学习/ML)', { label: 'Machine Learning', gloss: '机器学习', abbreviation: 'ML' }],
]

describe('parseNames with bilingual heads', () => {
  it.each(bilingualRows)('%s', (head, expected) => {
    expect({ ...parseNames(head, { bilingualHeads: true }), aliases: undefined }).toEqual({
      ...expected,
      aliases: undefined,
    })
  })
})

describe('parseNames', () => {
  it.each(rows)('%s', (head, expected) => {
    const names = parseNames(head)
    const { aliases, ...fields } = expected
    expect({ ...names, aliases: undefined }).toEqual({ ...fields, aliases: undefined })
    for (const name of [fields.abbreviation, fields.expansion, fields.gloss, ...(aliases ?? [])]) {
      if (name) expect(names.aliases).toContain(name)
    }
    if (aliases) expect(names.aliases).toEqual(aliases)
  })
})
