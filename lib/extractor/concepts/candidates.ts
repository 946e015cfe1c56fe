/**
 * Candidate concept words: the phrases each term's Chinese name and definition are made of.
 * Words that name another term are already mentions and are skipped; generic words break
 * phrases; a phrase is 1–3 words of one script ("位置编码", "激活函数", "target policy").
 */
import type { Term } from '../../format/types'
import { blankUrls, clauseAround } from '../text'
import type { MentionSpan } from '../link/mentions'
import type { Segmenter, Token } from './segment'
import { ENGLISH_STOPWORDS, GENERIC_WORDS, HEAD_WORDS } from './stopwords'
import { foldWord } from './curated'

export interface CandidateOptions {
  /** Longest phrase, in words. */
  maxWords: number
  /** A lone Chinese word below this IDF is everyday language (空间 5.3, 问题 4.0), not a concept. */
  minIdf: number
}

export const defaultCandidateOptions: CandidateOptions = { maxWords: 3, minIdf: 5.8 }

/** One phrase as found in one term. */
export interface Occurrence {
  /** Folded form: how occurrences are counted together. */
  key: string
  /** As written in the first occurrence. */
  text: string
  /** Its words, for finding the shorter phrases inside it. */
  words: string[]
  /** Ends with a generic head noun ("注意力机制"), which weakens it against "注意力". */
  headEnded: boolean
  /** Lowest IDF among its Chinese words; unknown words count as rare. */
  idf: number
  evidence: string
}

interface Unit {
  word: string
  start: number
  end: number
  script: 'han' | 'latin'
  head: boolean
}

const CONCEPT_FIELDS = ['gloss', 'definition'] as const

/** Single-character suffixes that belong to the word before them. */
const SUFFIX_CHARS = new Set(['化', '性', '率', '度'])

/** Every candidate phrase in a term, first occurrence per key. */
export function termCandidates(
  term: Term,
  spans: readonly MentionSpan[],
  segmenter: Segmenter,
  suppressed: ReadonlySet<string>,
  options: CandidateOptions = defaultCandidateOptions,
): Map<string, Occurrence> {
  const found = new Map<string, Occurrence>()
  const add = (occurrence: Occurrence): void => {
    if (!found.has(occurrence.key) && !suppressed.has(occurrence.key)) found.set(occurrence.key, occurrence)
  }
  for (const field of CONCEPT_FIELDS) {
    const text = term[field]
    if (!text) continue
    const masked = maskMentions(
      blankUrls(text),
      spans.filter((s) => s.field === field),
    )
    // Segment once: jieba is the costly part of this stage.
    const tokens = segmenter.tokens(masked)
    for (const run of unitRuns(tokens, segmenter)) {
      for (const occurrence of phrasesOf(run, text, segmenter, options)) add(occurrence)
    }
    for (const token of tokens) {
      if (token.word.length !== 3 || !token.word.endsWith('器')) continue
      // A tool named after what it does is a kind of that: 分词器 → 分词, 编码器 → 编码.
      for (const sub of segmenter.subwords(token.word).filter((w) => token.word.startsWith(w))) {
        const idf = segmenter.idf(sub)
        if (idf === undefined || idf < options.minIdf || GENERIC_WORDS.has(sub)) continue
        const evidence = clauseAround(text, token.start, token.end)
        add({ key: sub, text: sub, words: [sub], headEnded: false, idf, evidence })
      }
    }
  }
  return found
}

/** Names of other terms become breaks: they are linked as mentions, not as concepts. */
function maskMentions(text: string, spans: readonly MentionSpan[]): string {
  // Pieces joined once: slicing the whole text per span was quadratic in a long definition.
  const pieces: string[] = []
  let cursor = 0
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const start = Math.max(cursor, span.start)
    if (span.end <= start) continue
    pieces.push(text.slice(cursor, start), '|'.repeat(span.end - start))
    cursor = span.end
  }
  pieces.push(text.slice(cursor))
  return pieces.join('')
}

/** Split tokens into runs of content words; anything else ends a run. */
function unitRuns(tokens: readonly Token[], segmenter: Segmenter): Unit[][] {
  const runs: Unit[][] = [[]]
  const current = (): Unit[] => runs[runs.length - 1] ?? []
  const breakRun = (): void => {
    if (current().length > 0) runs.push([])
  }
  for (const token of tokens) {
    const word = token.word
    if (/^[A-Za-z][A-Za-z0-9-]*$/.test(word)) {
      const folded = singular(word.toLowerCase())
      const short = folded.length < (word === word.toUpperCase() ? 2 : 4)
      if (ENGLISH_STOPWORDS.has(folded) || short) breakRun()
      else pushUnit(runs, { word: folded, start: token.start, end: token.end, script: 'latin', head: false })
    } else if (SUFFIX_CHARS.has(word) && current().at(-1)?.end === token.start && !current().at(-1)?.head) {
      // 正则 + 化 → 正则化: jieba leaves some suffixes apart from their word.
      const last = current().at(-1)
      if (last) Object.assign(last, { word: last.word + word, end: token.end })
    } else if (/^\s+$/.test(word)) {
      // Spaces separate English words of one phrase, but end a Chinese one.
      if (current().at(-1)?.script !== 'latin') breakRun()
    } else if (word.length >= 2 && /^\p{Script=Han}+$/u.test(word)) {
      for (const part of splitCompound(word, segmenter)) {
        const head = HEAD_WORDS.has(part)
        if (GENERIC_WORDS.has(part) && !head) {
          breakRun()
          continue
        }
        pushUnit(runs, { word: part, start: token.start, end: token.end, script: 'han', head })
        // A generic head closes its phrase: "注意力机制的…" does not continue into what follows.
        if (head) breakRun()
      }
    } else {
      breakRun()
    }
  }
  return runs.filter((run) => run.length > 0)
}

/** Add a unit to the current run; a change of script starts a new run first. */
function pushUnit(runs: Unit[][], unit: Unit): void {
  const last = runs.at(-1)?.at(-1)
  if (last && last.script !== unit.script) runs.push([])
  runs.at(-1)?.push(unit)
}

/** "编码方法" → 编码 + 方法, when both halves are dictionary words: lets "位置编码" surface. */
function splitCompound(word: string, segmenter: Segmenter): string[] {
  if (word.length !== 4) return [word]
  const halves = [word.slice(0, 2), word.slice(2)]
  const subwords = segmenter.subwords(word)
  return halves.every((h) => subwords.includes(h)) ? halves : [word]
}

function* phrasesOf(
  run: readonly Unit[],
  text: string,
  segmenter: Segmenter,
  options: CandidateOptions,
): Generator<Occurrence> {
  for (let i = 0; i < run.length; i++) {
    for (let n = 1; n <= options.maxWords && i + n <= run.length; n++) {
      const units = run.slice(i, i + n)
      const first = units[0]
      const last = units[n - 1]
      if (!first || !last || first.head) break
      if (n > 1 && units.slice(0, -1).some((u) => u.head)) break
      const words = units.map((u) => u.word)
      const latin = first.script === 'latin'
      const idf = Math.min(...words.map((w) => (latin ? Infinity : (segmenter.idf(w) ?? Infinity))))
      if (n === 1 && !latin && idf < options.minIdf) continue
      const written = latin ? words.join(' ') : words.join('')
      yield {
        key: foldWord(written),
        text: written,
        words,
        headEnded: last.head,
        idf,
        evidence: clauseAround(text, first.start, last.end),
      }
    }
  }
}

/** English plural → singular, enough for concept counting ("policies" → "policy"). */
function singular(word: string): string {
  if (word.length <= 3 || word.endsWith('ss')) return word
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (/(sh|ch|x)es$/.test(word)) return word.slice(0, -2)
  return word.endsWith('s') ? word.slice(0, -1) : word
}
