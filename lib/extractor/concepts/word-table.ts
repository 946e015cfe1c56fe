/**
 * A large word → number table (jieba's IDF, SUBTLEX word counts) looked up without building it
 * in memory. The first use writes the table sorted, one `word<TAB>value` line per word, under
 * node_modules/.cache; every later run reads that file as one string and finds a word by binary
 * search over its lines. Building a Map of jieba's 270,000 IDF lines took most of a run's
 * start-up (0.6–0.9 s); reading the sorted file and indexing its lines takes a few milliseconds.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, sep } from 'node:path'

export interface WordTableSource {
  /** Names the cache file: it must change whenever the entries would (package, version, size). */
  key: string
  /** A file inside the package the table comes from: the cache sits in that node_modules. */
  near: string
  /** The entries, read from the source (the slow path, once per key). */
  entries(): Iterable<readonly [string, number]>
}

/** A word's value, or undefined for a word the table does not have. */
export type WordLookup = (word: string) => number | undefined

/** Size and modification time of a source file: a reinstalled or updated package gets a new cache file. */
export function fileStamp(path: string): string {
  const { size, mtimeMs } = statSync(path)
  return `${size}-${Math.round(mtimeMs)}`
}

/** The cache directory for a file inside node_modules; undefined when it is not in one. */
export function cacheDirNear(file: string): string | undefined {
  const marker = `${sep}node_modules${sep}`
  const at = file.lastIndexOf(marker)
  return at < 0 ? undefined : join(file.slice(0, at + marker.length), '.cache', 'glossary-extractor')
}

/** The sorted table text: `word<TAB>value\n` lines in code-unit order, the order `<` compares in. */
export function sortedTableText(entries: Iterable<readonly [string, number]>): string {
  const rows: Array<readonly [string, number]> = []
  // A tab or line break inside a word would break the line format; no lookup asks for one.
  for (const entry of entries) if (!/[\t\n]/.test(entry[0])) rows.push(entry)
  rows.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  // String(n) round-trips exactly through Number().
  return rows.map(([word, value]) => `${word}\t${String(value)}\n`).join('')
}

/**
 * Looks words up in a sorted table text by binary search over its lines. Answers are remembered:
 * callers ask about the same words again and again (a name's spelling variants, in every term).
 */
export function lookupIn(text: string): WordLookup {
  let starts: Int32Array | undefined
  const known = new Map<string, number | undefined>()
  return (word) => {
    if (known.has(word)) return known.get(word)
    const value = search(word)
    known.set(word, value)
    return value
  }

  function search(word: string): number | undefined {
    starts ??= lineStarts(text)
    let lo = 0
    let hi = starts.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1
      const start = starts[mid] ?? 0
      const tab = text.indexOf('\t', start)
      const key = text.slice(start, tab)
      if (key === word) return Number(text.slice(tab + 1, text.indexOf('\n', tab)))
      if (key < word) lo = mid + 1
      else hi = mid - 1
    }
    return undefined
  }
}

function lineStarts(text: string): Int32Array {
  let count = 0
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++
  const starts = new Int32Array(count)
  let line = 0
  let start = 0
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    starts[line++] = start
    start = i + 1
  }
  return starts
}

/**
 * The table for `source`, from its cache file (written on first use). Where the cache cannot be
 * written (a read-only install), the sorted text is kept in memory for this process only.
 */
export function openWordTable(source: WordTableSource): WordLookup {
  const dir = cacheDirNear(source.near)
  const file = dir && join(dir, `${source.key.replace(/[^\w.-]+/g, '_')}.tsv`)
  if (file && existsSync(file)) return lookupIn(readFileSync(file, 'utf8'))
  const text = sortedTableText(source.entries())
  if (file) {
    try {
      mkdirSync(dirname(file), { recursive: true })
      // Written aside and renamed: a parallel run (vitest workers) never reads half a file.
      const partial = `${file}.${process.pid}.partial`
      writeFileSync(partial, text)
      renameSync(partial, file)
    } catch {
      // Not writable: this run still has the table; the next one sorts it again.
    }
  }
  return lookupIn(text)
}
