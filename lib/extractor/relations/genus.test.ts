/**
 * The genus readers on defining phrases, one row per linguistic form: Chinese (genus-zh.ts) and
 * English (genus-en.ts), what they take and what they refuse.
 */
import { describe, expect, it } from 'vitest'
import { chineseGenus } from './genus-zh'
import { englishGenus } from './genus-en'
import { createChineseTagger } from './tag-zh'

// The glossary's names, as the stage gives them to the tagger.
const tagger = createChineseTagger(['强化学习', '位置编码', 'Token', 'LoRA', '微调'])
const zh = (text: string): string | undefined => chineseGenus(text, tagger.tag(text))?.text

describe('chineseGenus', () => {
  it.each([
    ['一种子词分词算法', '分词算法'],
    ['一种相对位置编码方法', '位置编码方法'],
    ['Dao-AIlab提出的注意力机制', '注意力机制'],
    ['谷歌大脑提出的一种激活函数', '激活函数'],
    ['是大模型推理优化的一个常用技术', '常用技术'],
    ['强化学习中近短策略优化算法', '优化算法'],
    ['只更新少量参数的微调方法的统称', '微调方法'],
    ['把文本映射为稠密向量的表示', '表示'],
    ['逐层求解重建误差最小的训练后量化算法', '量化算法'],
    ['模型一次能处理的最大 Token 数', '最大 Token 数'],
    ['参数高效微调框架', '微调框架'],
  ])('%s → %s', (text, genus) => {
    expect(zh(text)).toBe(genus)
  })
  it.each([
    ['a verb and its object', '对一个batch中的样本做归一化'],
    ['a quantified object after a verb', '强化学习中将收集数据当做一个单独的任务'],
    ['an object after an adjective phrase', '按 Embedding 相似度查找最相关的片段'],
    ['two heads', '让模型的行为符合人的意图和价值观'],
    ['an adverb before a verb', '对检索出的片段再打分排序'],
    ['a sentence opened by 先', '先做向量检索'],
    ['a bare verb phrase', '用于检索增强'],
    ['a verb with 了', '通过使用深度神经网络，解决了状态空间规模大的问题'],
    ['a part, not a kind', 'deepspeed分布式训练的核心'],
    ['a version, not a kind', '量化版 LoRA'],
    ['an action placed on something', '在 4 bit 量化后的基座模型上训练 LoRA'],
    ['one character', '一般指'],
  ])('none for %s: %s', (_why, text) => {
    expect(zh(text)).toBeUndefined()
  })
})

describe('englishGenus', () => {
  it.each([
    ['a parameter-efficient fine-tuning method that trains few weights', 'fine-tuning method'],
    ['A smooth activation function that weights its input', 'activation function'],
    ['The activation function max(0, x)', 'activation function'],
    ['The family of methods that adapt a model', 'method'],
    ['A transformer trained on a huge text corpus', 'transformer'],
    ['An inference server that pages the KV cache', 'inference server'],
    ['C/C++ inference engine for GGUF models', 'inference engine'],
    ['Integer weights used by post-training quantization', 'integer weight'],
    ['The step size the optimizer takes along the gradient', 'step size'],
    ['Training from scratch on a large corpus', 'training'],
    ['The component that turns text into tokens', 'component'],
    ['The neural network architecture underlying modern LLMs', 'network architecture'],
  ])('%s → %s', (text, genus) => {
    expect(englishGenus(text)?.text).toBe(genus)
  })
  it.each([
    ['a verb opening', 'Freezes the pretrained weights and learns a pair of matrices'],
    ['a verb in -s the model tags as a noun', 'Encodes position by rotating query and key vectors'],
    ['a gerund with an object', 'Splitting raw text into tokens'],
    ['a sentence about something else', 'A small draft model proposes several tokens'],
    ['a comparison', 'Same range as FP32 with fewer mantissa bits'],
    ['a part, not a kind', 'First training phase'],
    ['a variant, not a kind', 'A variant of MQA that groups heads'],
    ['a formula', 'exp(x) / sum exp(x)'],
  ])('none for %s: %s', (_why, text) => {
    expect(englishGenus(text)).toBeUndefined()
  })
  it('keeps an adjective that belongs to a name the glossary has', () => {
    expect(englishGenus('A positional encoding that rotates vectors')?.text).toBe('encoding')
    expect(
      englishGenus('A positional encoding that rotates vectors', (p) => p === 'positional encoding')?.text,
    ).toBe('positional encoding')
  })
  it.each([
    ['Adam with decoupled weight decay', true],
    ['LoRA trained on a 4-bit base model', true],
    ['Attention in which queries, keys and values share a sequence', false],
    ['A transformer trained on text', false],
  ])('%s: a bare name, changed → %s', (text, bare) => {
    expect(englishGenus(text)?.bare).toBe(bare)
  })
})
