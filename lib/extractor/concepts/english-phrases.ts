/**
 * English concept candidates: noun phrases of one to `maxWords` words ("activation function",
 * "attention head", "embedding"), counted by their Porter2 stems so that "tokenizer" and
 * "tokenization" are one candidate. Everyday English is left out by a general-language measure,
 * not a list: a lone noun as common as "user" or "content" in SUBTLEX (Zipf ≥ `maxZipf`) is not a
 * concept, and an everyday adjective ("better", "same", "long") does not start a phrase.
 */
import { clauseAround } from '../prose'
import { englishRuns, type EnglishWord } from './english'
import { zipf } from './frequency'
import { ENGLISH_BOILERPLATE, ENGLISH_HEAD_WORDS } from './stopwords'
import type { Occurrence } from './candidates'

export interface EnglishPhraseOptions {
  maxWords: number
  /** A lone English word this common in everyday speech (SUBTLEX Zipf) is not a concept. */
  maxZipf: number
}

/**
 * Every English noun phrase of `masked` (mentions and URLs blanked); evidence from `text`. The
 * -ing words used as nouns here are added to `nominal`; a phrase holding an -ing word used as a
 * verb here lists it in `verbals`, for the caller to drop unless the glossary uses it as a noun.
 */
export function* englishOccurrences(
  masked: string,
  text: string,
  named: ReadonlySet<string>,
  options: EnglishPhraseOptions,
  nominal?: Set<string>,
): Generator<Occurrence> {
  const everyday = (w: EnglishWord): boolean => zipf(w.word, w.surface) >= options.maxZipf
  const isBreak = (w: EnglishWord, pos: string): boolean =>
    ENGLISH_BOILERPLATE.has(w.word) ||
    w.surface.length < (w.surface === w.surface.toUpperCase() ? 2 : 3) ||
    (pos === 'ADJ' && everyday(w) && !named.has(w.stem))
  for (const run of englishRuns(masked, isBreak, nominal)) {
    for (let i = 0; i < run.length; i++) {
      for (let n = 1; n <= options.maxWords && i + n <= run.length; n++) {
        const units = run.slice(i, i + n)
        const first = units[0]
        const last = units[n - 1]
        if (!first || !last) break
        // A generic head ("mechanism", "function") closes a phrase and cannot stand alone.
        if (units.slice(0, -1).some((u) => ENGLISH_HEAD_WORDS.has(u.word))) break
        if (!last.noun) continue
        const key = units.map((u) => u.stem).join(' ')
        const verbals = units.filter((u) => u.verbal).map((u) => u.word)
        if (n === 1 && !named.has(key) && (ENGLISH_HEAD_WORDS.has(first.word) || everyday(first))) continue
        yield {
          key,
          text: units.map((u) => u.word).join(' '),
          words: units.map((u) => u.stem),
          headEnded: ENGLISH_HEAD_WORDS.has(last.word),
          idf: Infinity,
          evidence: clauseAround(text, first.start, last.end),
          start: first.start,
          ...(verbals.length > 0 ? { verbals } : {}),
        }
      }
    }
  }
}
