/**
 * Words that never make a concept on their own: they occur in definitions of every field
 * ("一种…方法", "提出", "开源") or name organisations rather than ideas (谷歌, 微软).
 * Generic nouns may still end a longer phrase ("语言模型", "注意力机制"); see HEAD_WORDS.
 * The curated concept file can suppress more words per glossary.
 */

export const GENERIC_WORDS = new Set([
  // kinds of thing
  '一种',
  '一个',
  '一类',
  '一些',
  '方法',
  '方式',
  '模型',
  '算法',
  '机制',
  '框架',
  '技术',
  '工具',
  '系统',
  '任务',
  '问题',
  '方案',
  '结构',
  '过程',
  '形式',
  '类型',
  '功能',
  '能力',
  '效果',
  '性能',
  '思想',
  '核心',
  '基础',
  '领域',
  '场景',
  '概念',
  '部分',
  '作用',
  '数据',
  '信息',
  '内容',
  '结果',
  '目的',
  '特点',
  '特征',
  '大模型',
  '库',
  '论文',
  '团队',
  '项目',
  '版本',
  '常用',
  '常见',
  '主要',
  '重要',
  '简写',
  '简称',
  '缩写',
  // actions every definition uses
  '提出',
  '开源',
  '发布',
  '优化',
  '训练',
  '使用',
  '用于',
  '基于',
  '通过',
  '提高',
  '提升',
  '改进',
  '实现',
  '解决',
  '支持',
  '提供',
  '进行',
  '得到',
  '包括',
  '采用',
  '利用',
  '计算',
  '处理',
  '学习',
  '生成',
  '表示',
  '加速',
  '加快',
  '节省',
  '相同',
  '不同',
  '直接',
  '单独',
  '一般',
  '通常',
  '可以',
  '能够',
  '需要',
  // organisations and places
  '谷歌',
  '微软',
  '智源',
  '百度',
  '阿里',
  '腾讯',
  '华为',
  '清华',
  '北大',
  '斯坦福',
  '年',
  '月',
  '日',
])

/** An amount, not a thing: a numeral or quantifier and its measure word (一组, 两种, 每次, 某些). */
export const isQuantity = (word: string): boolean => /^[一两几每某各][\p{Script=Han}]$/u.test(word)

/** Generic nouns that may close a phrase ("语言模型") but not stand alone. */
export const HEAD_WORDS = new Set([
  '模型',
  '方法',
  '机制',
  '算法',
  '框架',
  '技术',
  '任务',
  '函数',
  '网络',
  '结构',
  '系统',
])

/**
 * English words that describe the glossary itself or say what kind of thing a term is ("a type
 * of", "for example", "a variant of"): they would otherwise start or end phrases like "example
 * prompt" or "attention variant". Function words, verbs ("refers", "used") and adverbs need no
 * list: only nouns and adjectives make phrases (see english.ts), and common words are filtered
 * by their everyday frequency (see frequency.ts).
 */
export const ENGLISH_BOILERPLATE = new Set(
  'term definition example instance kind type sort way variant version form etc'.split(' '),
)

/** Generic English nouns that may close a phrase ("activation function") but not stand alone: HEAD_WORDS in English. */
export const ENGLISH_HEAD_WORDS = new Set(
  'model method mechanism algorithm technique approach framework network system task structure process'.split(
    ' ',
  ),
)
