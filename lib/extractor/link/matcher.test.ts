import { describe, expect, it } from 'vitest'
import { createNameMatcher, type TextKind } from './matcher'

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
  { aliases: ['Credit Cards'] }, // 9
  { aliases: ['Retry'] }, // 10
  { aliases: ['Metric'] }, // 11
  { aliases: ['Plan'] }, // 12
  { aliases: ['Chunking'] }, // 13
  { aliases: ['Provider'] }, // 14
  { aliases: ['TL', 'Transfer Learning', '迁移学习'] }, // 15
  { aliases: ['AE', 'Autoencoder'] }, // 16
  { aliases: ['Bias'] }, // 17
  { aliases: ['Bias term'] }, // 18
  { aliases: ['Planning'] }, // 19
  { aliases: ['机器人', 'Bot'] }, // 20
  { aliases: ['推理', 'Inference'] }, // 21
  { aliases: ['TF', 'TensorFlow'] }, // 22
  { label: 'Bot', aliases: ['Bot', '机器人', '聊天机器人'] }, // 23
  { label: 'Chatbot', gloss: '聊天机器人', aliases: ['Chatbot', '聊天机器人'] }, // 24
]
const matcher = createNameMatcher(things)
const targets = (text: string, self?: number, kind: TextKind = 'prose'): number[] =>
  matcher.find(text, self, kind).map((m) => m.target)

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
    // Inflections of an English name's last word, both ways, on word boundaries.
    ['pay with a credit card', [9]],
    ['two retries, then it retried', [10, 10]],
    ['all metrics', [11]],
    ['what was planned', [12]],
    ['split into chunks', [13]],
    ['a planning step', [19]], // a name as written beats an inflection of another
    ['it provides a key', []], // derivation is not inflection: provides ≠ provider
    ['metricsystem and replanned', []],
    // Short abbreviations: as written, whole, not inside a hyphenated abbreviation.
    ['TL and tl', [15]],
    ['a TF-IDF score and TF', [22]],
    ['MAE is not AE', [16]],
    ['AEs', [16]],
    ['语音助手和聊天机器人', [24]], // a shared name goes to the term whose own name it is
    // A translation in brackets that is none of the term's names is another sense of the word.
    ['结合推理（Reasoning）和行动', []],
    ['模型推理（inference）', [21, 21]],
    ['迁移学习（transfer learning）与迁移学习（Style Transfer）', [15, 15]],
    ['解码器（Decoders）', [4, 4]], // an inflection of its English name agrees
    ['强化学习（Reinforcement Learnings）', [0, 0]],
    ['强化学习（e.g. PPO）和强化学习（RLHF）', [0, 0]],
  ])('%s → %j', (text, expected) => {
    expect(targets(text)).toEqual(expected)
  })

  it.each<[string, number, number[]]>([
    ['因果解码器', 5, [4]], // the head of its own name: a causal decoder is a decoder
    ['Reinforcement Learning from Human Feedback', 99, [0]], // the head comes before "from"
    ['机器人学', 99, []], // 机器人 is not the head of 机器人学 (robotics)
    ['推理+行动', 99, []], // nor is 推理 the head of 推理+行动
    ['Transfer Learning Style', 99, []],
    ['解码器（decoder）', 99, [4, 4]],
    ['强化学习框架', 99, [0]], // before a generic head, the name is what the term is about
    ['DeepSpeed library models', 99, []],
  ])('in a name, %s (own term %d) → %j', (text, self, expected) => {
    expect(targets(text, self, 'name')).toEqual(expected)
  })

  it.each<[string, number, number[]]>([
    ['Bias terms are constants', 18, []], // its own name hides the shorter one inside it
    ['Bias terms shift the bias', 18, [17]],
    ['因果解码器是一种解码器', 5, [4]],
    ['Chunks are pieces', 13, []], // its own name, inflected
  ])('in its own definition, %s (own term %d) → %j', (text, self, expected) => {
    expect(targets(text, self)).toEqual(expected)
  })

  it('reports ranges in the original text', () => {
    const text = '用 Muti-Query  Attention 实现'
    const [match] = matcher.find(text)
    expect(match && text.slice(match.start, match.end)).toBe('Muti-Query  Attention')
  })
})
