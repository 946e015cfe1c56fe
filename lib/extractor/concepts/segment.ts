/**
 * Chinese word segmentation with jieba (@node-rs/jieba: the jieba-rs port, native, fast and
 * deterministic) plus its IDF table, which tells everyday words (空间, 问题: low IDF) from
 * domain words (归一化, 注意力: high IDF). Both are loaded on first use only, so a glossary
 * without Chinese never reads jieba's dictionary; the IDF table is a sorted cache (word-table.ts).
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Jieba } from '@node-rs/jieba'
import { hasHan } from '../../format/text'
import { fileStamp, openWordTable, type WordLookup } from './word-table'

export interface Token {
  word: string
  start: number
  end: number
}

export interface Segmenter {
  /** Words of `text` with their offsets; punctuation and spaces come out as tokens too. */
  tokens(text: string): Token[]
  /** Dictionary words inside a longer word ("分词器" → ["分词"]). */
  subwords(word: string): string[]
  /** Inverse document frequency of a word in jieba's general corpus; undefined if unknown. */
  idf(word: string): number | undefined
}

const require = createRequire(import.meta.url)

let idfTable: WordLookup | undefined

function loadIdf(): WordLookup {
  if (idfTable) return idfTable
  const path = require.resolve('@node-rs/jieba/idf.txt')
  idfTable = openWordTable({
    key: `jieba-idf-${fileStamp(path)}`,
    near: path,
    *entries() {
      for (const line of readFileSync(path, 'utf8').split('\n')) {
        const [word, value] = line.split(' ')
        if (word && value) yield [word, Number(value)]
      }
    },
  })
  return idfTable
}

let dictionary: Buffer | undefined

// Loading jieba's dictionary takes a few hundred milliseconds; the same word list gets the same
// segmenter (a warm process, npm run dev, asks for the same ones again).
const recent = new Map<string, Segmenter>()
const RECENT = 4

/** A segmenter that also knows `userWords` (term names, curated concepts) as whole words. */
export function createSegmenter(userWords: readonly string[] = []): Segmenter {
  const extra = userWords.filter(hasHan).map((w) => `${w.replace(/\s+/g, '')} 100000`)
  const key = extra.join('\n')
  const known = recent.get(key)
  if (known) return known
  const segmenter = newSegmenter(key)
  recent.set(key, segmenter)
  for (const old of recent.keys()) if (recent.size > RECENT) recent.delete(old)
  return segmenter
}

/** jieba instances by their user lines: building one costs 0.1–0.6 s (the dictionary, then the user words). */
const instances = new Map<string, Jieba>()
// Each holds a whole dictionary: keep the few an extraction asks for (plain, the concepts', the tagger's).
const KEPT_INSTANCES = 3

/**
 * A jieba that also knows `userLines` (jieba dictionary lines: `word freq [tag]`), its package
 * required on this first use: a glossary without Chinese never loads jieba or its dictionary.
 * The same lines get the same instance (the relation tagger and search keys share the plain one).
 */
export function jiebaWith(userLines = ''): Jieba {
  const known = instances.get(userLines)
  if (known) return known
  const { Jieba: JiebaClass }: typeof import('@node-rs/jieba') = require('@node-rs/jieba')
  // dict.txt read directly: the package's dict.js also reads the IDF file, which is not needed here.
  dictionary ??= readFileSync(require.resolve('@node-rs/jieba/dict.txt'))
  const jieba = JiebaClass.withDict(dictionary)
  if (userLines) jieba.loadDict(Buffer.from(userLines))
  instances.set(userLines, jieba)
  for (const old of instances.keys()) if (instances.size > KEPT_INSTANCES) instances.delete(old)
  return jieba
}

/** A segmenter over jieba with the user words, loaded when first asked. */
function newSegmenter(userLines: string): Segmenter {
  let jieba: Jieba | undefined
  const load = (): Jieba => (jieba ??= jiebaWith(userLines))
  const subwordCache = new Map<string, string[]>()
  return {
    tokens(text) {
      const tokens: Token[] = []
      let cursor = 0
      for (const word of load().cut(text, false)) {
        // jieba returns the text cut in order; search defensively in case it normalised anything.
        const start = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor)
        if (start < 0) continue
        tokens.push({ word, start, end: start + word.length })
        cursor = start + word.length
      }
      return tokens
    },
    subwords(word) {
      // The same few thousand words are asked about again and again across a big glossary.
      let found = subwordCache.get(word)
      if (!found) {
        found = load()
          .cutForSearch(word, false)
          .filter((w) => w !== word && w.length >= 2)
        subwordCache.set(word, found)
      }
      return found
    },
    idf: (word) => loadIdf()(word),
  }
}
