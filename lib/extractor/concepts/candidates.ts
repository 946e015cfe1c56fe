/**
 * Candidate concept words: the phrases each term's Chinese name and definition are made of.
 * Words that name another term are already mentions and are skipped; generic words break
 * phrases; a phrase is 1–3 words ("位置编码", "激活函数"). English phrases come from english-phrases.ts.
 */
import type { Term } from '../../format/types'
import { clauseAround } from '../prose'
import type { MentionSpan } from '../link/mentions'
import { blankAddresses, definitionLinks, type Span } from '../link/addresses'
import type { Segmenter, Token } from './segment'
import { GENERIC_WORDS, HEAD_WORDS, isQuantity } from './stopwords'
import { stemKey } from './english'
import { foldWord } from './curated'
import { englishOccurrences } from './english-phrases'
import { isInside, negatedSpans } from './negation'

export interface CandidateOptions {
  /** Longest phrase, in words. */
  maxWords: number
  /** A lone Chinese word below this IDF is everyday language (输入 7.1, 空间 5.3), not a concept. */
  minIdf: number
  /** A lone English word at or above this SUBTLEX Zipf value is everyday language (user 3.4, check 5.5). */
  maxZipf: number
}

/**
 * Both thresholds come from `npm run sweep:concepts` (sweep.ts), which reruns concept discovery on
 * twenty-two labelled glossaries (sweep-labels.ts: the bundled one, the look-alike fixtures, this
 * folder's fixtures; holdouts and untuned-en.md left out) and prints, per value, the labelled good
 * and bad concepts kept. Good minus bad is best at Zipf 3.0 (3.25 keeps 7 more bad words, "fraction"
 * and "input" among them; 2.75 loses "query", "similarity", "sampling"); for IDF it lies on a plateau
 * from 7.25 to 7.75 (52, 51, 53). An earlier sweep, whose labels were not kept, put the Zipf plateau
 * at 2.4–3.1. A word the curated file names is a concept at any frequency (策略).
 */
export const defaultCandidateOptions: CandidateOptions = { maxWords: 3, minIdf: 7.25, maxZipf: 3 }

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
  /** Where it starts in its field's text. */
  start: number
  /** -ing words of the phrase used as verbs where it was found (english.ts). */
  verbals?: string[]
}

interface Unit {
  word: string
  start: number
  end: number
  head: boolean
}

const CONCEPT_FIELDS = ['gloss', 'definition'] as const

/** Single-character suffixes that belong to the word before them. */
const SUFFIX_CHARS = new Set(['化', '性', '率', '度'])

/**
 * Every candidate phrase in a term, first occurrence per key that is not denied (negation.ts).
 * Chinese runs go through jieba, Latin runs through the English noun-phrase path. Words in `named`
 * (the curated concepts' keys) are concepts however common they are in everyday language. English
 * -ing words seen used as nouns are added to `nominal` (english.ts).
 */
export function termCandidates(
  term: Term,
  spans: readonly MentionSpan[],
  segmenter: Segmenter,
  suppressed: ReadonlySet<string>,
  options: CandidateOptions = defaultCandidateOptions,
  named: ReadonlySet<string> = new Set(),
  nominal?: Set<string>,
): Map<string, Occurrence> {
  const found = new Map<string, Occurrence>()
  let negated: Span[] = []
  const add = (occurrence: Occurrence): void => {
    if (found.has(occurrence.key) || suppressed.has(occurrence.key) || isInside(negated, occurrence.start))
      return
    found.set(occurrence.key, occurrence)
  }
  for (const field of CONCEPT_FIELDS) {
    const text = term[field]
    if (!text) continue
    // A reference to another page ("详见[第二章](…)") is not definition text: masked with the mentions.
    const references: Span[] =
      field === 'definition' ? definitionLinks(term).flatMap((l) => (l.reference ? [l.reference] : [])) : []
    const masked = maskMentions(blankAddresses(text), [
      ...spans.filter((s) => s.field === field),
      ...references,
    ])
    // Segment once: jieba is the costly part of this stage.
    const tokens = segmenter.tokens(masked)
    negated = negatedSpans(masked, tokens)
    for (const run of unitRuns(tokens, segmenter)) {
      for (const occurrence of phrasesOf(run, text, segmenter, options, named)) add(occurrence)
    }
    for (const occurrence of englishOccurrences(masked, text, named, options, nominal)) add(occurrence)
    for (const occurrence of kindsNamedAfterTerms(text, spans, field)) add(occurrence)
    for (const token of tokens) {
      if (token.word.length !== 3 || !token.word.endsWith('器')) continue
      // A tool named after what it does is a kind of that: 分词器 → 分词, 编码器 → 编码.
      for (const sub of segmenter.subwords(token.word).filter((w) => token.word.startsWith(w))) {
        const idf = segmenter.idf(sub)
        if (idf === undefined || (idf < options.minIdf && !named.has(sub)) || GENERIC_WORDS.has(sub)) continue
        const evidence = clauseAround(text, token.start, token.end)
        add({ key: sub, text: sub, words: [sub], headEnded: false, idf, evidence, start: token.start })
      }
    }
  }
  return found
}

/**
 * The generic heads that say what kind of procedure or tool a thing is. Broader ones (模型, 系统,
 * 任务, "model", "system") follow almost any name ("AI 系统", "LLM system") and say too little.
 */
const HAN_KIND = /^\s*(?:方法|算法|框架|技术)/
const ENGLISH_KIND = /^[ -](?:method|algorithm|framework|technique|approach)(?:e?s)?\b/i

/**
 * A kind of tool or procedure named after another term: "深度学习框架" (a deep-learning framework),
 * "quantization methods". The term's name is a mention, but two terms that are both such a kind
 * share it as a concept, as two "激活函数" do (PyTorch and TensorFlow are both 深度学习框架).
 */
function* kindsNamedAfterTerms(
  text: string,
  spans: readonly MentionSpan[],
  field: string,
): Generator<Occurrence> {
  for (const span of spans) {
    if (span.field !== field || span.via === 'link-title') continue
    const rest = text.slice(span.end, span.end + 24)
    const head = HAN_KIND.exec(rest) ?? ENGLISH_KIND.exec(rest)
    if (!head) continue
    const written = text.slice(span.start, span.end + head[0].length)
    const key = /^[A-Za-z0-9\s-]+$/.test(written) ? stemKey(written) : foldWord(written)
    yield {
      key,
      text: written,
      words: [key],
      headEnded: true,
      idf: Infinity,
      evidence: clauseAround(text, span.start, span.end + head[0].length),
      start: span.start,
    }
  }
}

/** Names of other terms become breaks: they are linked as mentions, not as concepts. */
function maskMentions(text: string, spans: readonly Span[]): string {
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
    if (SUFFIX_CHARS.has(word) && current().at(-1)?.end === token.start && !current().at(-1)?.head) {
      // 正则 + 化 → 正则化: jieba leaves some suffixes apart from their word.
      const last = current().at(-1)
      if (last) Object.assign(last, { word: last.word + word, end: token.end })
    } else if (word.length >= 2 && /^\p{Script=Han}+$/u.test(word)) {
      for (const part of splitCompound(word, segmenter)) {
        const head = HEAD_WORDS.has(part)
        if ((GENERIC_WORDS.has(part) || isQuantity(part)) && !head) {
          breakRun()
          continue
        }
        current().push({ word: part, start: token.start, end: token.end, head })
        // A generic head closes its phrase: "注意力机制的…" does not continue into what follows.
        if (head) breakRun()
      }
    } else {
      breakRun()
    }
  }
  return runs.filter((run) => run.length > 0)
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
  named: ReadonlySet<string>,
): Generator<Occurrence> {
  for (let i = 0; i < run.length; i++) {
    for (let n = 1; n <= options.maxWords && i + n <= run.length; n++) {
      const units = run.slice(i, i + n)
      const first = units[0]
      const last = units[n - 1]
      if (!first || !last || first.head) break
      if (n > 1 && units.slice(0, -1).some((u) => u.head)) break
      const words = units.map((u) => u.word)
      const idf = Math.min(...words.map((w) => segmenter.idf(w) ?? Infinity))
      const written = words.join('')
      if (n === 1 && idf < options.minIdf && !named.has(written)) continue
      yield {
        key: foldWord(written),
        text: written,
        words,
        headEnded: last.head,
        idf,
        evidence: clauseAround(text, first.start, last.end),
        start: first.start,
      }
    }
  }
}
