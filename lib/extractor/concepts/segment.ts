/**
 * Chinese word segmentation with jieba (@node-rs/jieba: the jieba-rs port, native, fast and
 * deterministic) plus its IDF table, which tells everyday words (空间, 问题: low IDF) from
 * domain words (归一化, 注意力: high IDF).
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict.js'
import { hasHan } from '../../format/text'

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

let idfTable: Map<string, number> | undefined

function loadIdf(): Map<string, number> {
  if (idfTable) return idfTable
  const require = createRequire(import.meta.url)
  const path = require.resolve('@node-rs/jieba/idf.txt')
  idfTable = new Map()
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [word, value] = line.split(' ')
    if (word && value) idfTable.set(word, Number(value))
  }
  return idfTable
}

// Loading jieba's dictionary takes a few hundred milliseconds; the same word list gets the same segmenter.
const recent = new Map<string, Segmenter>()
const RECENT = 4

/** A segmenter that also knows `userWords` (term names, curated concepts) as whole words. */
export function createSegmenter(userWords: readonly string[] = []): Segmenter {
  const extra = userWords.filter(hasHan).map((w) => `${w.replace(/\s+/g, '')} 100000`)
  const key = extra.join('\n')
  const known = recent.get(key)
  if (known) return known
  const segmenter = newSegmenter(extra)
  recent.set(key, segmenter)
  for (const old of recent.keys()) if (recent.size > RECENT) recent.delete(old)
  return segmenter
}

function newSegmenter(extra: readonly string[]): Segmenter {
  const jieba = Jieba.withDict(dict)
  if (extra.length > 0) jieba.loadDict(Buffer.from(extra.join('\n')))
  const subwordCache = new Map<string, string[]>()
  return {
    tokens(text) {
      const tokens: Token[] = []
      let cursor = 0
      for (const word of jieba.cut(text, false)) {
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
        found = jieba.cutForSearch(word, false).filter((w) => w !== word && w.length >= 2)
        subwordCache.set(word, found)
      }
      return found
    },
    idf: (word) => loadIdf().get(word),
  }
}
