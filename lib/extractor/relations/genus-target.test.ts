/**
 * Which node a genus names (genus-target.ts) and what a term's names say it is (name-genus.ts).
 */
import { describe, expect, it } from 'vitest'
import { createGenusResolver } from './genus-target'
import { nameHeads } from './name-genus'
import { createChineseTagger } from './tag-zh'

const terms = [
  { aliases: ['LoRA', 'Low-Rank Adaptation', '低秩适配'] },
  { aliases: ['decoder', '解码器'] },
  { aliases: ['RL', 'Reinforcement Learning', '强化学习'] },
  { aliases: ['Token', '词元'] },
  { aliases: ['Attention'] },
  { aliases: ['Embedding', '嵌入'] },
  { aliases: ['self', '自身'] },
]
const concepts = [
  { label: '注意力', aliases: ['注意力', 'attention', '注意力机制'] },
  { label: '位置编码', aliases: ['位置编码', 'position encoding'] },
  { label: '语言模型', aliases: ['语言模型'] },
  { label: '微调', aliases: ['微调', 'fine-tuning'] },
]
const resolver = createGenusResolver({ terms, concepts })
const SELF = 6

describe('genus target', () => {
  it.each([
    ['注意力机制', 'concept 注意力', 'kind'],
    ['位置编码方法', 'concept 位置编码', 'kind'],
    ['检索增强语言模型', 'concept 语言模型', 'kind'],
    ['fine-tuning method', 'concept 微调', 'kind'],
    ['Transformer decoder', 'term decoder', 'kind'],
    ['LoRA微调', 'concept 微调', 'kind'],
    ['Token 数', 'term Token', 'prefix'],
  ])('%s names %s (%s)', (genus, node, via) => {
    const found = resolver.resolve(genus, SELF)
    const name =
      found?.ref.kind === 'term'
        ? terms[found.ref.index]?.aliases[0]
        : concepts[found?.ref.index ?? -1]?.label
    expect([`${found?.ref.kind} ${name}`, found?.via]).toEqual([node, via])
  })
  it('names the term a genus opens with when its head names nothing (LoRA微调 without a 微调 concept)', () => {
    const without = createGenusResolver({ terms, concepts: concepts.filter((c) => c.label !== '微调') })
    expect(without.resolve('LoRA微调', SELF)).toEqual({ ref: { kind: 'term', index: 0 }, via: 'prefix' })
  })
  it.each([['神经网络模型架构'], ['编程语言'], ['自身方法']])(
    '%s names nothing (never the term itself)',
    (genus) => {
      expect(resolver.resolve(genus, SELF)).toBeUndefined()
    },
  )
})

describe('name heads', () => {
  const plain = createChineseTagger()
  const heads = (names: string[]) =>
    nameHeads(names, SELF, resolver, plain).map((h) => [h.text, h.target.kind, h.target.index, h.variant])
  it.each([
    ['因果解码器', [['解码器', 'term', 1, false]]],
    ['蒙特卡洛强化学习', [['强化学习', 'term', 2, false]]],
    ['Monte-Carlo Reinforcement Learning', [['Reinforcement Learning', 'term', 2, false]]],
    ['Reinforcement Learning from Human Feedback', [['Reinforcement Learning', 'term', 2, false]]],
    ['Grouped-Query Attention', [['Attention', 'term', 4, false]]],
    ['LoRA with Quantized Weights', [['LoRA', 'term', 0, true]]],
    ['有监督的微调', [['微调', 'concept', 3, false]]],
  ])('%s', (name, expected) => {
    expect(heads([name])).toEqual(expected)
  })
  it.each([
    ['a noun compound is its own thing', 'Rotary Position Embedding'],
    ['a hyphen makes one word', 'off-policy'],
    ['a head before a preposition that is not the name', 'Fusion in Decoder'],
    ['the object of a one-character verb', '文本转嵌入'],
    ['a sentence, not a name', '人先给回答排序'],
    ['a number ends it', 'Brain Token 16'],
  ])('none when %s: %s', (_why, name) => {
    expect(heads([name])).toEqual([])
  })
})
