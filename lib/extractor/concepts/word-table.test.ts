import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cacheDirNear, lookupIn, openWordTable, sortedTableText } from './word-table'

// Words whose order trips a naive comparison: prefixes, mixed scripts, a character outside the
// Basic Multilingual Plane (two UTF-16 code units) next to one at its top.
const ENTRIES: Array<[string, number]> = [
  ['注意力', 9.12],
  ['注意', 6.5],
  ['注意力机制', 11.739],
  ['attention', 3.25],
  ['Attention', 1],
  ['a', 0],
  ['\uffee', 2],
  ['𠀀', 3],
  ['tiny', 1e-7],
  ['idf', 13.900677652],
  ['big', 2_134_713],
]

describe('a sorted word table', () => {
  const lookup = lookupIn(sortedTableText(ENTRIES))

  it.each(ENTRIES)('finds %s → %d', (word, value) => {
    expect(lookup(word)).toBe(value)
  })

  it.each(['', '注', '注意力机', 'attentions', 'b', 'zzz', '\uffef', '𠀁'])('does not find "%s"', (word) => {
    expect(lookup(word)).toBeUndefined()
  })

  it('leaves out words the line format cannot hold', () => {
    const text = sortedTableText([
      ['ok', 1],
      ['tab\there', 2],
      ['line\nbreak', 3],
    ])
    expect(text).toBe('ok\t1\n')
  })

  it('answers as a Map of jieba’s IDF file would, for every word of a sample', () => {
    const path = createRequire(import.meta.url).resolve('@node-rs/jieba/idf.txt')
    const map = new Map<string, number>()
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      const [word, value] = line.split(' ')
      if (word && value) map.set(word, Number(value))
    }
    const table = lookupIn(sortedTableText(map))
    const words = [...map.keys()]
    // Every 97th word and its neighbours' prefixes: hits and misses across the whole table.
    for (let i = 0; i < words.length; i += 97) {
      const word = words[i] ?? ''
      expect(table(word), word).toBe(map.get(word))
      const prefix = word.slice(0, -1)
      expect(table(prefix), prefix).toBe(map.get(prefix))
    }
  })
})

describe('openWordTable', () => {
  it('sorts the source once, then reads the cache beside the package', () => {
    const root = mkdtempSync(join(tmpdir(), 'word-table-'))
    const near = join(root, 'node_modules', 'some-package', 'data.txt')
    mkdirSync(join(root, 'node_modules', 'some-package'), { recursive: true })
    writeFileSync(near, '')
    let reads = 0
    const source = {
      key: 'some-table-1',
      near,
      entries: () => {
        reads++
        return ENTRIES
      },
    }
    expect(openWordTable(source)('注意力')).toBe(9.12)
    expect(openWordTable(source)('注意力')).toBe(9.12)
    expect(reads).toBe(1)
    const dir = cacheDirNear(near) ?? ''
    expect(dir).toBe(join(root, 'node_modules', '.cache', 'glossary-extractor'))
    expect(readdirSync(dir)).toEqual(['some-table-1.tsv'])
  })

  it('works without a cache outside node_modules', () => {
    expect(cacheDirNear('/srv/data/idf.txt')).toBeUndefined()
    const table = openWordTable({ key: 'x', near: '/srv/data/idf.txt', entries: () => ENTRIES })
    expect(table('idf')).toBe(13.900677652)
  })
})
