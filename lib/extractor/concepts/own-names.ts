/**
 * What the terms' own names say about concept words. A name is a head (what the term is: 下降 in
 * 随机梯度下降, "Recognition" in "Image Recognition") with modifiers before it (which one: 随机,
 * 梯度, "Image"); in English a phrase after "of"/"from"/… qualifies the head before it.
 *
 * - A term is no member of a concept that modifies its own name: 梯度 in 随机梯度下降 and in
 *   方向梯度直方图 is not what either term is, and 指令微调 explaining itself with 指令 only
 *   repeats its name. Grouping by such words joins unrelated terms (HOG and SGD).
 * - A word that ends the names of `minNamesForGenericHead` terms or more is this glossary's family
 *   name for them (识别 in 命名实体识别 / 图像识别 / 意图识别 / 模式识别). Like 模型 or "method"
 *   it may end a longer concept but is none by itself: it only repeats the naming pattern, and joins
 *   terms of different fields (named-entity and image recognition).
 * A generic head word (机制, "mechanism") after a name's last content word leaves that word its head.
 */
import type { Term } from '../../format/types'
import { hasHan } from '../../format/text'
import { foldWord } from './curated'
import { singular, stemKey } from './english'
import { ENGLISH_HEAD_WORDS, HEAD_WORDS } from './stopwords'

/** Words after which an English name only qualifies its head ("Learning from Human Feedback"). */
const QUALIFIER = new Set(
  'of for from with in on to by via using over under between through into within without against'.split(' '),
)

interface LatinName {
  stems: string[]
  /** Index of the head word in `stems`. */
  head: number
  /** Where a concept may end and still be the head: the head, and the word before a generic head ("attention mechanism"). */
  heads: number[]
}

export interface OwnNames {
  /** True when concept `key` is part of one of term `index`'s names but ends none of them. */
  modifies(index: number, key: string): boolean
  /** True when concept `key` is part of one of term `index`'s names. */
  named(index: number, key: string): boolean
  /** True for a single concept word that ends the names of enough terms to be a family name, not a concept. */
  isGenericHead(key: string): boolean
}

const isLatinKey = (key: string): boolean => /^[a-z0-9]/.test(key) && !hasHan(key)

function latinName(alias: string): LatinName | undefined {
  const words = alias.toLowerCase().match(/[a-z][a-z0-9']*/g) ?? []
  if (words.length === 0 || hasHan(alias)) return undefined
  const qualifier = words.findIndex((w, i) => i > 0 && QUALIFIER.has(w))
  const head = qualifier > 0 ? qualifier - 1 : words.length - 1
  const generic = head > 0 && ENGLISH_HEAD_WORDS.has(singular(words[head] ?? ''))
  return { stems: words.map(stemKey), head, heads: generic ? [head, head - 1] : [head] }
}

/**
 * 多头注意力机制 ends with 注意力 before its generic head 机制: the content is 注意力; and a tool
 * named after what it does is a kind of that (分词器 is a 分词 one, as candidates.ts reads it).
 */
const hanEnds = (name: string, key: string): boolean =>
  name.endsWith(key) || name.endsWith(`${key}器`) || [...HEAD_WORDS].some((h) => name.endsWith(key + h))

/** Where `key`'s words occur in `stems`: the index of the last word of each occurrence. */
function occurrenceEnds(stems: readonly string[], key: string): number[] {
  const words = key.split(' ')
  const ends: number[] = []
  for (let i = 0; i + words.length <= stems.length; i++)
    if (words.every((w, j) => stems[i + j] === w)) ends.push(i + words.length - 1)
  return ends
}

export function ownNames(terms: readonly Term[], minNamesForGenericHead: number): OwnNames {
  const han = terms.map((t) => t.aliases.filter(hasHan).map((a) => foldWord(a).replace(/ /g, '')))
  const latin = terms.map((t) => t.aliases.map(latinName).filter((n) => n !== undefined))

  // Head words of multi-word names, each counted once per term.
  const termsByHead = new Map<string, Set<number>>()
  const countHead = (head: string, term: number): void => {
    const set = termsByHead.get(head) ?? new Set<number>()
    set.add(term)
    termsByHead.set(head, set)
  }
  latin.forEach((names, term) => {
    for (const { stems, head } of names) if (stems.length > 1 && stems[head]) countHead(stems[head], term)
  })
  // Chinese has no spaces: every proper ending of a name of 2 characters or more may be its head.
  han.forEach((names, term) => {
    for (const name of names) for (let i = 1; i <= name.length - 2; i++) countHead(name.slice(i), term)
  })

  return {
    modifies(index, key) {
      if (isLatinKey(key)) {
        const ends = (latin[index] ?? []).map((n) => ({ n, ends: occurrenceEnds(n.stems, key) }))
        const inside = ends.some((e) => e.ends.length > 0)
        return inside && !ends.some((e) => e.ends.some((end) => e.n.heads.includes(end)))
      }
      const names = han[index] ?? []
      return names.some((n) => n.includes(key)) && !names.some((n) => hanEnds(n, key))
    },
    named(index, key) {
      if (isLatinKey(key)) return (latin[index] ?? []).some((n) => occurrenceEnds(n.stems, key).length > 0)
      return (han[index] ?? []).some((n) => n.includes(key))
    },
    isGenericHead: (key) => !key.includes(' ') && (termsByHead.get(key)?.size ?? 0) >= minNamesForGenericHead,
  }
}
