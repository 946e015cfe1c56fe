/**
 * Client search over the graph's nodes: labels, aliases, expansions, Chinese glosses,
 * definitions and the precomputed pinyin keys. Built in the browser from graph.json with
 * MiniSearch (prefix + fuzzy for Latin words, character bigrams for Chinese), plus a substring
 * pass over pinyin so "zyl" finds 多头注意力机制 (pinyin initials "dtzyljz").
 */
import MiniSearch from 'minisearch'
import type { GNode } from './lookup'
import { HAN_CLASS, hasHan } from '../format/text'

export interface Hit {
  id: string
  kind: GNode['kind']
  label: string
  /** Secondary text for the suggestion: gloss, expansion or English concept name. */
  detail: string
}

// A run of Chinese characters, or a run of other letters and digits.
const WORD_RUN = new RegExp(`[${HAN_CLASS}]+|(?:(?![${HAN_CLASS}])[\\p{L}\\p{N}])+`, 'gu')

/** Splits text into Latin words and Chinese bigrams (single characters stay as they are). */
export function tokenize(text: string): string[] {
  const out: string[] = []
  for (const run of text.normalize('NFKC').toLowerCase().match(WORD_RUN) ?? []) {
    if (!hasHan(run) || run.length === 1) out.push(run)
    else for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2))
  }
  return out
}

interface Doc {
  id: string
  label: string
  aliases: string
  expansion: string
  gloss: string
  definition: string
  pinyin: string
}

const toDoc = (n: GNode): Doc => ({
  id: n.id,
  label: n.label,
  aliases: n.aliases.join(' '),
  expansion: n.kind === 'term' ? (n.expansion ?? '') : (n.labelEn ?? ''),
  gloss: n.kind === 'term' ? (n.gloss ?? '') : '',
  definition: n.kind === 'term' ? n.definition : '',
  pinyin: n.pinyin.join(' '),
})

const detailOf = (n: GNode) => (n.kind === 'term' ? (n.gloss ?? n.expansion ?? '') : (n.labelEn ?? '概念'))

/** A search function (results best first) that can also build its index ahead of the first query. */
export interface Search {
  (query: string, limit?: number): Hit[]
  /**
   * Builds the index in small chunks between frames (call after first paint); until it is
   * ready, queries use only the name and pinyin pass, which needs no index.
   */
  warm: () => Promise<void>
}

/** Name fields: short queries search only these (prefix matches of one letter over definitions are thousands). */
const NAME_FIELDS = ['label', 'aliases', 'expansion', 'gloss', 'pinyin']
const SHORT = 2

/** Builds a search function over the given nodes; results are best first. */
export function createSearch(nodes: GNode[]): Search {
  const byId = new Map(nodes.map((n) => [n.id, n]))
  // Lower-cased names and pinyin, once: the substring pass runs over every node on each keystroke.
  const names = nodes.map((n) => ({
    id: n.id,
    names: [n.label, ...n.aliases].map((s) => s.toLowerCase()),
    pinyin: n.pinyin,
  }))
  const make = () =>
    new MiniSearch<Doc>({
      fields: ['label', 'aliases', 'expansion', 'gloss', 'definition', 'pinyin'],
      tokenize,
      searchOptions: {
        boost: { label: 4, aliases: 3, gloss: 3, expansion: 2, pinyin: 2, definition: 1 },
        prefix: true,
        // Typos only in Latin words of 4+ letters; Chinese bigrams must match exactly.
        fuzzy: (term) => (hasHan(term) || term.length < 4 ? false : 0.25),
      },
    })
  let index: MiniSearch<Doc> | undefined
  let warming: Promise<void> | undefined
  // Built on the first query if warm() was not called (tests, small pages).
  const mini = () => {
    if (index) return index
    index = make()
    index.addAll(nodes.map(toDoc))
    return index
  }
  const search = (query: string, limit = 8): Hit[] => {
    const q = query.trim()
    if (!q) return []
    const scores = new Map<string, number>()
    const add = (id: string, s: number) => scores.set(id, (scores.get(id) ?? 0) + s)
    // While warm() is still building, skip the index rather than build it synchronously.
    const idx = warming && !index ? undefined : mini()
    if (idx) {
      const fields = q.length <= SHORT ? { fields: NAME_FIELDS } : {}
      let results = idx.search(q, { combineWith: 'AND', ...fields })
      if (results.length === 0) results = idx.search(q, fields)
      for (const r of results) add(r.id, r.score)
    }
    const top = Math.max(1, ...scores.values())
    const needle = q.toLowerCase()
    const compact = needle.replace(/[^a-z]/g, '')
    const pinyinToo = compact.length >= 2 && compact === needle
    for (const n of names) {
      if (n.names.includes(needle)) add(n.id, top * 3)
      else if (n.names.some((s) => s.includes(needle))) add(n.id, top)
      if (pinyinToo && n.pinyin.some((p) => p.includes(compact))) add(n.id, top)
    }
    return [...scores.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, limit)
      .flatMap(([id]) => {
        const n = byId.get(id)
        return n ? [{ id, kind: n.kind, label: n.label, detail: detailOf(n) }] : []
      })
  }
  const warm = () => {
    if (index) return Promise.resolve()
    if (!warming) {
      const next = make()
      warming = next.addAllAsync(nodes.map(toDoc), { chunkSize: 100 }).then(() => {
        index = next
      })
    }
    return warming
  }
  return Object.assign(search, { warm })
}
