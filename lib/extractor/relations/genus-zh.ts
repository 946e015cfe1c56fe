/**
 * The genus of a Chinese defining phrase: the head noun phrase of what the term is said to be.
 * `一种子词分词算法` → 分词算法; `Dao-AIlab提出的注意力机制` → 注意力机制;
 * `强化学习中近短策略优化算法` → 优化算法; `是大模型推理优化的一个常用技术` → 技术.
 *
 * A Chinese noun phrase ends in its head and puts every modifier before it, the last one joined by
 * 的, so the genus is read from the end: the words after the last 的 (or the whole phrase when it
 * is a bare compound), without leading numerals or adjectives, at most two words. A phrase that is
 * really a sentence gives none: a head joined to a verb (`做归一化`), a quantified object after a
 * verb (`当做一个单独的任务`, `保留…的若干条候选序列`), two heads (`意图和价值观`), an opening
 * that starts a sentence (先…, 通过…).
 */
import type { TaggedWord } from './tag-zh'
import {
  COLLECTIVE_NOUNS,
  COORDINATORS,
  COPULAS,
  KIND_MARKERS,
  PART_NOUNS,
  SAME_NOUNS,
  SENTENCE_OPENERS,
  VARIANT_NOUNS,
} from './words-zh'

export interface PhraseSpan {
  /** As written in the text (trimmed). */
  text: string
  start: number
  end: number
}

/** Tags of words that can end a noun phrase: nouns, verbal nouns, names, Latin words, idioms. */
const NOUNISH = /^(n|nr|ns|nt|nz|ng|nrt|nrfg|vn|an|eng|name|j|l|i|x|zg|k)$/
/** Modifiers that may stand between a verb and the noun it takes as object. */
const MODIFIER = /^(a|ad|ag|b|d|m|mq|q|z)$/
const NUMERAL = /^(m|mq|q)$/
const LATIN = /^[A-Za-z0-9][A-Za-z0-9 .+/#-]*$/
const RELATIONAL = new Set([...PART_NOUNS, ...VARIANT_NOUNS, ...SAME_NOUNS])

const isVerb = (w: TaggedWord | undefined): boolean => w !== undefined && /^v/.test(w.tag) && w.tag !== 'vn'
const isNounish = (w: TaggedWord): boolean => NOUNISH.test(w.tag) || LATIN.test(w.word)

/**
 * Where a defining phrase's own prefix ends: a field it sits in (`强化学习中…`, `在vLLM中…`), a
 * copula (`是…`) and a kind marker (`一种…`) are not part of the genus.
 */
function skipFrame(words: readonly TaggedWord[]): { from: number; copula: boolean; marker: boolean } {
  let i = 0
  if (words[0]?.tag === 'name' && words[1]?.tag === 'f') i = 2
  else if (words[0]?.word === '在' && words[1]?.tag === 'name' && words[2]?.tag === 'f') i = 3
  if (i > 0 && words[i]?.word === '的') i++
  // 一般指, 通常是: an adverb before the copula belongs to it.
  if (/^(a|ad|d)$/.test(words[i]?.tag ?? '') && COPULAS.includes(words[i + 1]?.word ?? '')) i++
  const copula = COPULAS.includes(words[i]?.word ?? '')
  if (copula) i++
  const marker = KIND_MARKERS.includes(words[i]?.word ?? '')
  if (marker) i++
  return { from: i, copula, marker }
}

/** True when the words before 的 end in modifiers (最相关, 一个单独) that follow a verb: an object, not a relative clause. */
function objectBeforeDe(modifier: readonly TaggedWord[]): boolean {
  let j = modifier.length - 1
  let skipped = false
  for (; j >= 0; j--) {
    const w = modifier[j]
    if (!w) break
    // 最相关: an adverb before a verb makes the verb an adjective.
    const adjectivalVerb = isVerb(w) && modifier[j - 1]?.tag === 'd'
    if (!MODIFIER.test(w.tag) && !adjectivalVerb) break
    skipped = true
  }
  const before = modifier[j]
  return skipped && isVerb(before) && !COPULAS.includes(before?.word ?? '')
}

/**
 * The units a genus is counted in: words, with single characters joined up. Two or more single
 * characters in a row are a word jieba did not know (子/词 → 子词); a lone one belongs to the word
 * before it (信赖/域 → 信赖域, 训练/库 → 训练库), or after it when it comes first (层/归一化 → 层归一化).
 */
function units(words: readonly TaggedWord[]): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number; single: boolean }> = []
  for (const w of words) {
    const single = [...w.word].length === 1 && !LATIN.test(w.word)
    const previous = out.at(-1)
    if (single && previous?.single) previous.end = w.end
    else out.push({ start: w.start, end: w.end, single })
  }
  // A run of one character joins a neighbour; a run of several stands as a word.
  const joined: Array<{ start: number; end: number }> = []
  out.forEach((u, i) => {
    const lone = u.single && [...words].filter((w) => w.start >= u.start && w.end <= u.end).length === 1
    const previous = joined.at(-1)
    if (lone && previous) previous.end = u.end
    else if (lone && out[i + 1]) {
      const next = out[i + 1]
      if (next) next.start = u.start
    } else joined.push({ start: u.start, end: u.end })
  })
  return joined
}

/**
 * The genus of a Chinese defining phrase, or undefined when the phrase is not "a kind of X".
 * `words` are the phrase's tagged words (see tag-zh.ts), offsets into `text`.
 */
export function chineseGenus(text: string, words: readonly TaggedWord[]): PhraseSpan | undefined {
  const { from, copula, marker } = skipFrame(words)
  const rest = words.slice(from)
  if (rest.length === 0 || SENTENCE_OPENERS.includes(rest[0]?.word ?? '')) return undefined
  const lastDe = rest.findLastIndex((w) => w.word === '的')
  let head = lastDe >= 0 ? rest.slice(lastDe + 1) : rest
  if (lastDe >= 0 && objectBeforeDe(rest.slice(0, lastDe))) return undefined
  // 解决了…的问题: a verb with 了 has happened, in a sentence; a noun's modifier does not take it.
  if (rest.slice(0, Math.max(lastDe, 0)).some((w) => w.word === '了' && w.tag === 'ul')) return undefined

  // A quantified head (一个常用技术) is a genus after 是, 一种, or a relative clause ending in a
  // verb (提出的一种激活函数); after a noun (给模型的多个回答排序) it is a verb's object.
  let quantified = false
  while (head[0] && NUMERAL.test(head[0].tag)) {
    head = head.slice(1)
    quantified = true
  }
  const relative = isVerb(rest[lastDe - 1]) || rest[lastDe - 1]?.tag === 'vn'
  if (quantified && lastDe >= 0 && !copula && !marker && !relative) return undefined
  // A bare phrase that opens with a verb is a sentence (用于检索增强).
  if (lastDe < 0 && !copula && !marker && isVerb(head[0])) return undefined

  const last = head.at(-1)
  if (!last) return undefined
  const whole = head.map((w) => w.word).join('')
  // "微调方法的统称": an umbrella word names the kind before it.
  if (COLLECTIVE_NOUNS.includes(whole) && lastDe > 0) return chineseGenus(text, rest.slice(0, lastDe))
  // After 的 a short head ends in a noun whatever jieba tags it (稠密向量的表示, 的 Token 上限);
  // elsewhere the head must end in a noun.
  const nominalised = lastDe >= 0 && head.length <= 2 && [...last.word].length > 1
  if (!isNounish(last) && !nominalised) return undefined
  for (const [i, w] of head.entries()) {
    const next = head[i + 1]
    if (COORDINATORS.has(w.word) || /^(p|c|u|uj|ul|uv|ud|r)$/.test(w.tag)) return undefined
    // 训练后量化算法 and 外部功能 are phrases; a phrase cannot open with 后 or 中, and 上/中 before
    // a verb place an action (基座模型上训练 LoRA).
    if (w.tag === 'f' && i === 0 && [...w.word].length === 1) return undefined
    if (/^[上中里内下]$/.test(w.word) && (isVerb(next) || next?.tag === 'vn')) return undefined
    // After 一种 the rest is a noun phrase by construction, whatever jieba tags 相对 or 位置 as.
    if (marker && lastDe < 0) continue
    // An adverb qualifies a phrase it opens (相对位置编码); before a verb or after a noun it
    // belongs to a sentence (片段再打分排序, 方法直接学习策略).
    const opening = head.slice(0, i).every((h) => /^(a|ad|b|d|z)$/.test(h.tag))
    if (/^(d|ad)$/.test(w.tag) && (!next || isVerb(next) || !opening)) return undefined
    // A verb inside a noun phrase is a two-character modifier of the noun after it (输入指令,
    // 加权方法); 做/用/把, or a verb before anything else (占用远低于), make a sentence.
    if (isVerb(w) && !nominalised && ([...w.word].length < 2 || !next || !isNounish(next))) return undefined
  }
  // 核心, 第一阶段, 简化版: a part or a version of something, which the relation patterns read.
  if ([...RELATIONAL].some((r) => whole.endsWith(r))) return undefined
  // 量化版 LoRA: a version of another thing, which the relation patterns say; not a kind.
  if (head.length >= 2 && head.at(-2)?.word.endsWith('版') && last.tag === 'name') return undefined

  const kept = units(head).slice(-2)
  const start = kept[0]?.start ?? last.start
  const phrase = text
    .slice(start, last.end)
    .replace(/^[“”"'「」『』]+|[“”"'「」『』]+$/g, '')
    .trim()
  // One character is a word, never a phrase that names a kind (一般指 → 指).
  return [...phrase].length > 1 ? { text: phrase, start, end: last.end } : undefined
}
