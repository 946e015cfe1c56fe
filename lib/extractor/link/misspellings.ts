/**
 * Warns about words that are one typo away from a term's name ("Tranformer" for
 * "transformer"): the author probably meant to link them. Uses a deletion index
 * (SymSpell) so the cost grows with the text, not with words × names. Quiet about everyday
 * words and other forms of the name (suspect-word.ts), and about addresses.
 */
import type { Term } from '../../format/types'
import type { Diagnostic } from '../diagnostics'
import { blankAddresses } from './addresses'
import { isSuspect } from './suspect-word'
import { nameVariants } from './match-text'
import { SCANNED_FIELDS, type MentionSpan } from './mentions'

export interface MisspellingOptions {
  /** Shorter names have too many one-letter neighbours to warn about. Default 5. */
  minNameLength: number
}

const defaultMisspellingOptions: MisspellingOptions = { minNameLength: 5 }

const LATIN_WORD = /[A-Za-z][A-Za-z0-9]*/g
const MAX_WORDS = 3
/**
 * Longer words are not checked: no name is that long, and a word of n letters costs n
 * deletions of n letters each (a pasted 40,000-letter word took 42 s and 1.8 GB).
 */
export const MAX_SPELLED_WORD = 64
const MAX_SPELLED_PHRASE = MAX_WORDS * (MAX_SPELLED_WORD + 1)

export function findMisspellings(
  terms: readonly Term[],
  spans: readonly MentionSpan[][],
  options: Partial<MisspellingOptions> = {},
): Diagnostic[] {
  const { minNameLength } = { ...defaultMisspellingOptions, ...options }
  const known = new Set<string>()
  const index = new Map<string, number[]>()
  // Folded once per term: the confirmation step below needs them again for every hit.
  const variantsOf = terms.map((term) => term.aliases.flatMap(nameVariants))
  variantsOf.forEach((variants, target) => {
    for (const variant of variants) {
      known.add(variant)
      if (variant.length < minNameLength || variant.length > MAX_SPELLED_PHRASE) continue
      if (!/^[a-z0-9 ]+$/.test(variant)) continue
      for (const key of [variant, ...deletions(variant)]) addTo(index, key, target)
    }
  })

  const diagnostics: Diagnostic[] = []
  terms.forEach((term, source) => {
    const reported = new Set<number>()
    for (const field of SCANNED_FIELDS) {
      const text = term[field]
      if (!text) continue
      const taken = (spans[source] ?? []).filter((s) => s.field === field)
      for (const phrase of latinPhrases(blankAddresses(text))) {
        if (overlapsAny(taken, phrase)) continue
        if (known.has(phrase.text) || phrase.text.length < minNameLength) continue
        if (phrase.text.length > MAX_SPELLED_PHRASE) continue
        for (const target of lookup(index, phrase.text)) {
          if (target === source || reported.has(target)) continue
          // The deletion index over-approximates; confirm a true one-edit distance, and a word
          // that is neither everyday English nor a form of the name (suspect-word.ts).
          const names = variantsOf[target] ?? []
          if (!names.some((name) => editDistance(name, phrase.text) === 1 && isSuspect(phrase.text, name)))
            continue
          reported.add(target)
          const defined = terms[target]?.source
          diagnostics.push({
            severity: 'warning',
            code: 'misspelling',
            source: term.source,
            message: `"${text.slice(phrase.start, phrase.end)}" looks like a misspelling of "${terms[target]?.label}" (defined at ${defined?.file}:${defined?.line})`,
          })
        }
      }
    }
  })
  return diagnostics
}

interface Phrase {
  text: string
  start: number
  end: number
}

/** Runs of 1–3 consecutive Latin words, folded like names are. */
function latinPhrases(text: string): Phrase[] {
  // A word too long to check ends the phrases before it and starts none (`word` left empty).
  const words = [...text.matchAll(LATIN_WORD)].map((m) => ({
    word: m[0].length > MAX_SPELLED_WORD ? '' : m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }))
  const phrases: Phrase[] = []
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= MAX_WORDS && i + n <= words.length; n++) {
      const run = words.slice(i, i + n)
      const last = run[run.length - 1]
      const first = run[0]
      if (!first || !last || !last.word) break
      // Words of one phrase are separated by spaces or hyphens only.
      if (n > 1 && !/^[\s-]+$/.test(text.slice(run[n - 2]?.end ?? 0, last.start))) break
      phrases.push({ text: run.map((w) => w.word).join(' '), start: first.start, end: last.end })
    }
  }
  return phrases
}

/**
 * Whether [start, end) overlaps one of `spans`. The spans of a field come from the matcher
 * sorted and disjoint, so their ends ascend too: a binary search finds the first span that
 * ends after `start`, which keeps a long definition linear instead of phrases × mentions.
 */
function overlapsAny(spans: readonly MentionSpan[], { start, end }: { start: number; end: number }): boolean {
  let low = 0
  let high = spans.length
  while (low < high) {
    const mid = (low + high) >> 1
    if ((spans[mid]?.end ?? 0) > start) high = mid
    else low = mid + 1
  }
  const first = spans[low]
  return first !== undefined && first.start < end
}

function deletions(word: string): string[] {
  const out: string[] = []
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1))
  return out
}

function addTo(index: Map<string, number[]>, key: string, target: number): void {
  const list = index.get(key)
  if (!list) index.set(key, [target])
  else if (!list.includes(target)) list.push(target)
}

function lookup(index: Map<string, number[]>, word: string): number[] {
  // Most phrases match nothing: allocate the result only on a hit.
  let found: Set<number> | undefined
  const visit = (key: string): void => {
    const targets = index.get(key)
    if (!targets) return
    found ??= new Set()
    for (const target of targets) found.add(target)
  }
  visit(word)
  for (let i = 0; i < word.length; i++) visit(word.slice(0, i) + word.slice(i + 1))
  return found ? [...found].sort((a, b) => a - b) : []
}

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 1) return 2
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [
    i,
    ...Array<number>(b.length).fill(0),
  ])
  for (let j = 0; j <= b.length; j++) (d[0] as number[])[j] = j
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[]
    const prev = d[i - 1] as number[]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (d[i - 2]?.[j - 2] ?? 0) + 1)
      row[j] = best
    }
  }
  return d[a.length]?.[b.length] ?? 2
}
