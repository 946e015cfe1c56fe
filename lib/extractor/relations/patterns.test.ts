/**
 * The relation patterns (patterns-zh.ts, patterns-en.ts), one row per linguistic form: a text, the
 * name it mentions, and the relation the text states about it (or none).
 */
import { describe, expect, it } from 'vitest'
import type { EdgeRelation } from '../../format/types'
import { chineseRelations } from './patterns-zh'
import { englishRelations } from './patterns-en'
import { spellsOut } from './index'

/** The relation `read` finds for the first occurrence of `name` in `text`. */
function relationOf(read: typeof chineseRelations, text: string, name: string): EdgeRelation | undefined {
  const start = text.indexOf(name)
  if (start < 0) throw new Error(`"${name}" is not in "${text}"`)
  return read(text, [{ start, end: start + name.length, target: 1 }])[0]?.relation
}

describe('chineseRelations', () => {
  it.each([
    ['基于MQA改进的注意力机制', 'MQA', 'based-on'],
    ['微软在BERT基础上提出的预训练语言模型', 'BERT', 'based-on'],
    ['在预训练的基础上用少量任务数据继续训练', '预训练', 'based-on'],
    ['以大语言模型为大脑，能自己拆解任务', '大语言模型', 'based-on'],
    ['以强化学习方式依据人类反馈优化语言模型', '强化学习', 'based-on'],
    ['常被当作 RLHF 的简化版', 'RLHF', 'based-on'],
    ['量化版 LoRA，在 4 bit 基座上训练', 'LoRA', 'based-on'],
    ['MoE中的门控网络', 'MoE', 'part-of'],
    ['强化学习中近短策略优化算法', '强化学习', 'part-of'],
    ['deepspeed分布式训练的核心', 'deepspeed', 'part-of'],
    ['人工智能的一个分支：不手写规则', '人工智能', 'part-of'],
    ['推理的第一阶段，一次性处理提示词', '推理', 'part-of'],
    ['今天几乎所有大语言模型的骨架', '大语言模型', 'part-of'],
    ['Agent 的核心循环：Think → Act', 'Agent', 'part-of'],
    ['限制更新幅度的算法，是 RLHF 最常用的优化器', 'RLHF', 'part-of'],
    ['一种注意力机制，在vLLM中得到使用', 'vLLM', 'part-of'],
    ['微调方法，属于 PEFT 的一种', 'PEFT', 'is-a'],
    ['机器学习的一种', '机器学习', 'is-a'],
    ['语音转文字，方向和 TTS 相反', 'TTS', 'contrast'],
    ['与监督学习不同，它不需要标注', '监督学习', 'contrast'],
    ['又称大语言模型', '大语言模型', 'same-as'],
    ['见 Server-Sent Events。', 'Server-Sent Events', 'same-as'],
    ['强化学习的简称', '强化学习', 'same-as'],
  ])('%s: %s → %s', (text, name, relation) => {
    expect(relationOf(chineseRelations, text, name)).toBe(relation)
  })
  it.each([
    ['a mention after the relation word, about something else', '很多 Tokenizer 都基于它', 'Tokenizer'],
    ['a place for an action, not a field', '在 Prompt 里放几个示例', 'Prompt'],
    ['a field named in a later clause', '用梯度的方法，强化学习中常见', '强化学习'],
    ['a correspondence, not a contrast', '与 Token 相对应的编号', 'Token'],
    ['a purpose', '用于检索增强', '检索增强'],
    ['a see-also inside a longer definition', '一种编码方法，见 BPE 的说明', 'BPE'],
  ])('none for %s: %s', (_why, text, name) => {
    expect(relationOf(chineseRelations, text, name)).toBeUndefined()
  })
})

describe('englishRelations', () => {
  it.each([
    ['A regularization method based on dropout', 'dropout', 'based-on'],
    ['An architecture built on top of the Transformer', 'Transformer', 'based-on'],
    ['An extension of LoRA that quantizes the base', 'LoRA', 'based-on'],
    ['A variant of MQA that groups heads', 'MQA', 'based-on'],
    ['Same as RLHF but AI writes the preferences', 'RLHF', 'based-on'],
    ['A step of RLHF that trains the reward model', 'RLHF', 'part-of'],
    ['A component of the Transformer block', 'Transformer', 'part-of'],
    ['In reinforcement learning, the function that scores actions', 'reinforcement learning', 'part-of'],
    ['A type of attention where queries share keys', 'attention', 'is-a'],
    ['Unlike BatchNorm, it normalizes each token', 'BatchNorm', 'contrast'],
    ['A simpler alternative to RLHF', 'RLHF', 'contrast'],
    ['Also known as nucleus sampling', 'nucleus sampling', 'same-as'],
    ['See RLHF.', 'RLHF', 'same-as'],
  ])('%s: %s → %s', (text, name, relation) => {
    expect(relationOf(englishRelations, text, name)).toBe(relation)
  })
  it.each([
    ['making a thing better is not building on it', 'A technique for improving inference speed', 'inference'],
    ['a comparison is not an opposite', 'Slight quality tradeoff vs LoRA', 'LoRA'],
    ['a mention with no relation word', 'Aligns the model with a reward model', 'reward model'],
    ['a see-also inside a longer definition', 'Scores outputs with a model. See Evals.', 'Evals'],
  ])('none for %s: %s', (_why, text, name) => {
    expect(relationOf(englishRelations, text, name)).toBeUndefined()
  })
})

describe('spellsOut', () => {
  it.each([
    ['Direct Preference Optimization', 'DPO', true],
    ['Low-Rank Adaptation', 'LoRA', true],
    ['Hierarchical Navigable Small World', 'HNSW', true],
    ['A simple preference method', 'DPO', false],
    ['Direct Preference Optimization', 'Adam', false],
  ])('%s spells out %s: %s', (text, label, expected) => {
    expect(spellsOut(text, label)).toBe(expected)
  })
})
