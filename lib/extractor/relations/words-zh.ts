/**
 * Chinese function words and relational nouns the relation readers share. These are general
 * words of the language (how Chinese says "a kind of", "part of", "a version of"), never words of
 * one glossary's subject.
 */

/** Words that open a defining phrase and mean "a (kind of)": 一种子词分词算法. */
export const KIND_MARKERS = ['一种', '一类', '一个', '一款', '一套', '一项', '一门', '一组', '某种', '一系列']

/** A copula at the start of a phrase: 是大模型推理优化的一个常用技术. */
export const COPULAS = ['是', '为', '指', '即', '作为']

/** Nouns that name a part of something rather than a kind: `deepspeed分布式训练的核心` is part of DeepSpeed. */
export const PART_NOUNS = [
  '组成部分',
  '一部分',
  '部分',
  '核心',
  '分支',
  '子领域',
  '子集',
  '骨架',
  '骨干',
  '阶段',
  '环节',
  '一环',
  '步骤',
  '关键',
]

/** Nouns that name a version of something: `RLHF 的简化版` builds on RLHF. */
export const VARIANT_NOUNS = [
  '改进版本',
  '改进版',
  '改良版',
  '简化版本',
  '简化版',
  '升级版',
  '增强版',
  '加强版',
  '扩展版',
  '变体',
  '变种',
  '扩展',
  '延伸',
  '改进',
]

/** Nouns that name the same thing under another name: `X的简称`. */
export const SAME_NOUNS = ['简称', '缩写', '别称', '别名', '同义词', '全称', '另一种说法', '另一个名字']

/** Coordinating words: a phrase joining two heads ("意图和价值观") names no single kind. */
export const COORDINATORS = new Set(['和', '与', '及', '或', '以及', '或者', '、', '跟', '并'])

/** Openers of a sentence, not a noun phrase: a sequence, a condition, a means, a purpose. */
export const SENTENCE_OPENERS = ['先', '首先', '当', '如果', '若', '通过', '在此', '为了']

/** Umbrella words: `只更新少量参数的微调方法的统称` is a 微调方法. */
export const COLLECTIVE_NOUNS = ['统称', '总称', '泛称']
