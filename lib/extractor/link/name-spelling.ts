/**
 * Suspected misspellings inside term names ("Muti-head Attention"): a name word that is not
 * an English word but becomes a common one when a single letter is put back inside it
 * (muti → multi, embeding → embedding). Names are compared with general English, not with
 * the glossary, because a misspelt name is usually spelt the same way everywhere it appears.
 *
 * English is SUBTLEX's 74,286 words (film subtitles; the same table concepts/frequency.ts
 * reads). Only letters put back inside the word count: a letter added at
 * either end mostly makes an inflection (swish → swishy), not a fix.
 */
import type { Term } from '../../format/types'
import type { Diagnostic } from '../diagnostics'
import { zipf } from '../concepts/frequency'
import { MAX_SPELLED_WORD } from './misspellings'

export interface NameSpellingOptions {
  /** Shorter words (RL, PPO, norm-like stems) have too many neighbours to judge. Default 4. */
  minWordLength: number
}

const defaultNameSpellingOptions: NameSpellingOptions = { minWordLength: 4 }

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'

/** Any word SUBTLEX has seen, however rarely (multi is seen 4 times in 51 million words). */
const inSubtlex = (word: string): boolean => zipf(word) > 0
const NAME_WORD = /[A-Za-z]+/g

/** Common words that `word` becomes with one letter put back inside it. */
export function repairsOf(word: string, isEnglish: (word: string) => boolean = inSubtlex): string[] {
  const lower = word.toLowerCase()
  if (isEnglish(lower)) return []
  const repairs = new Set<string>()
  for (let i = 1; i < lower.length; i++) {
    for (const letter of LETTERS) {
      const candidate = lower.slice(0, i) + letter + lower.slice(i)
      if (isEnglish(candidate)) repairs.add(candidate)
    }
  }
  return [...repairs]
}

/**
 * One `note` per misspelt word per term, at the term's line: a note, not a warning, because
 * it is a guess about the author's own names (the health page lists them; --strict ignores them). Acronyms and mixed-case words
 * (two or more capitals: LoRA, RoPE) are names, not English, and are left alone.
 */
export function findNameMisspellings(
  terms: readonly Term[],
  options: Partial<NameSpellingOptions> = {},
): Diagnostic[] {
  const { minWordLength } = { ...defaultNameSpellingOptions, ...options }
  const diagnostics: Diagnostic[] = []
  for (const term of terms) {
    const seen = new Set<string>()
    for (const name of [term.label, term.expansion ?? '']) {
      for (const [word] of name.matchAll(NAME_WORD)) {
        const key = word.toLowerCase()
        if (seen.has(key) || word.length < minWordLength || word.length > MAX_SPELLED_WORD) continue
        if ((word.match(/[A-Z]/g)?.length ?? 0) >= 2) continue
        seen.add(key)
        const repairs = repairsOf(word)
        if (repairs.length === 0) continue
        diagnostics.push({
          severity: 'note',
          code: 'misspelling',
          source: term.source,
          message: `"${word}" in the name "${name}" is not an English word; did you mean ${repairs.map((r) => `"${r}"`).join(' or ')}?`,
        })
      }
    }
  }
  return diagnostics
}
