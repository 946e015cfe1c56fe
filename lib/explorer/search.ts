/**
 * Client search over the graph's nodes: labels, aliases, expansions, Chinese glosses,
 * definitions, link evidence and the precomputed pinyin keys (names weigh more than text). Built in the browser from graph.json with
 * MiniSearch (prefix + fuzzy for Latin words, character bigrams for Chinese), plus a substring
 * pass over pinyin so "zyl" finds 多头注意力机制 (pinyin initials "dtzyljz").
 */
import MiniSearch from 'minisearch'
import type { GEdge, GNode } from './lookup'
import { HAN_CLASS, hasHan } from '../format/text'
import { snippet, type Snippet } from './snippet'

/** Where a hit matched: one of its names, or its text (with the excerpt that matched). */
type HitWhere = { field: 'name' } | ({ field: 'definition' | 'evidence' } & Snippet)

export interface Hit {
  id: string
  kind: GNode['kind']
  label: string
  /** Secondary text for the suggestion: gloss, expansion or English concept name. */
  detail: string
  where: HitWhere
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
  evidence: string
  pinyin: string
}

const toDoc = (n: GNode, evidence: string): Doc => ({
  id: n.id,
  label: n.label,
  aliases: n.aliases.join(' '),
  expansion: n.kind === 'term' ? (n.expansion ?? '') : (n.labelEn ?? ''),
  gloss: n.kind === 'term' ? (n.gloss ?? '') : '',
  definition: n.kind === 'term' ? n.definition : '',
  evidence,
  pinyin: n.pinyin.join(' '),
})

/** Evidence texts that speak about each node: a term's own links, the members' words for a concept. */
function evidenceByNode(edges: readonly GEdge[]): Map<string, string> {
  const texts = new Map<string, string[]>()
  for (const e of edges) {
    if (!e.evidence) continue
    const owner = e.kind === 'concept' ? e.target : e.source
    const list = texts.get(owner) ?? []
    if (!list.includes(e.evidence)) list.push(e.evidence)
    texts.set(owner, list)
  }
  return new Map([...texts].map(([id, list]) => [id, list.join(' / ')]))
}

const detailOf = (n: GNode) => (n.kind === 'term' ? (n.gloss ?? n.expansion ?? '') : (n.labelEn ?? ''))

/** A search function (results best first) that can also build its index ahead of the first query. */
export interface Search {
  (query: string, limit?: number): Hit[]
  /**
   * Builds the index in small chunks between frames (call after first paint); until it is
   * ready, queries use only the name and pinyin pass, which needs no index.
   */
  warm: () => Promise<void>
}

/**
 * Name fields: short Latin queries search only these (prefix matches of one letter over
 * definitions are thousands). A Chinese bigram is a whole word, so 强化 searches text too.
 */
const NAME_FIELDS = ['label', 'aliases', 'expansion', 'gloss', 'pinyin']
const SHORT = 2

/** Builds a search function over the given nodes (and the evidence on `edges`); results are best first. */
export function createSearch(nodes: GNode[], edges: readonly GEdge[] = []): Search {
  const evidence = evidenceByNode(edges)
  const byId = new Map(nodes.map((n) => [n.id, n]))
  // Lower-cased names and pinyin, once: the substring pass runs over every node on each keystroke.
  const names = nodes.map((n) => ({
    id: n.id,
    names: [n.label, ...n.aliases].map((s) => s.toLowerCase()),
    pinyin: n.pinyin,
  }))
  const make = () =>
    new MiniSearch<Doc>({
      fields: ['label', 'aliases', 'expansion', 'gloss', 'definition', 'evidence', 'pinyin'],
      tokenize,
      searchOptions: {
        boost: { label: 4, aliases: 3, gloss: 3, expansion: 2, pinyin: 2, definition: 1, evidence: 0.5 },
        prefix: true,
        // Typos only in Latin words of 4+ letters; Chinese bigrams must match exactly.
        fuzzy: (term) => (hasHan(term) || term.length < 4 ? false : 0.25),
      },
    })
  const docOf = (n: GNode) => toDoc(n, evidence.get(n.id) ?? '')
  let index: MiniSearch<Doc> | undefined
  let warming: Promise<void> | undefined
  // Built on the first query if warm() was not called (tests, small pages).
  const mini = () => {
    if (index) return index
    index = make()
    index.addAll(nodes.map(docOf))
    return index
  }
  const search = (query: string, limit = 8): Hit[] => {
    const q = query.trim()
    if (!q) return []
    const scores = new Map<string, number>()
    const add = (id: string, s: number) => scores.set(id, (scores.get(id) ?? 0) + s)
    // Which fields and indexed words matched each node, to say where it matched.
    const matched = new Map<string, { fields: Set<string>; words: string[] }>()
    // While warm() is still building, skip the index rather than build it synchronously.
    const idx = warming && !index ? undefined : mini()
    if (idx) {
      const fields = q.length <= SHORT && !hasHan(q) ? { fields: NAME_FIELDS } : {}
      let results = idx.search(q, { combineWith: 'AND', ...fields })
      if (results.length === 0) results = idx.search(q, fields)
      for (const r of results) {
        add(r.id, r.score)
        matched.set(r.id, { fields: new Set(Object.values(r.match).flat()), words: r.terms })
      }
    }
    const top = Math.max(1, ...scores.values())
    const needle = q.toLowerCase()
    const compact = needle.replace(/[^a-z]/g, '')
    const pinyinToo = compact.length >= 2 && compact === needle
    const byName = new Set<string>()
    for (const n of names) {
      let s = 0
      if (n.names.includes(needle)) s = top * 3
      else if (n.names.some((name) => name.includes(needle))) s = top
      if (pinyinToo && n.pinyin.some((p) => p.includes(compact))) s += top
      if (s === 0) continue
      add(n.id, s)
      byName.add(n.id)
    }
    return [...scores.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, limit)
      .flatMap(([id]) => {
        const n = byId.get(id)
        if (!n) return []
        const where = byName.has(id) ? NAME : whereIn(docOf(n), q, matched.get(id))
        return [{ id, kind: n.kind, label: n.label, detail: detailOf(n), where }]
      })
  }
  const warm = () => {
    if (index) return Promise.resolve()
    if (!warming) {
      const next = make()
      warming = next.addAllAsync(nodes.map(docOf), { chunkSize: 100 }).then(() => {
        index = next
      })
    }
    return warming
  }
  return Object.assign(search, { warm })
}

const NAME: HitWhere = { field: 'name' }

/** Names if a name field matched; else the excerpt of the definition (or evidence) that did. */
function whereIn(doc: Doc, q: string, m: { fields: Set<string>; words: string[] } | undefined): HitWhere {
  if (!m || NAME_FIELDS.some((f) => m.fields.has(f))) return NAME
  for (const field of ['definition', 'evidence'] as const) {
    if (!m.fields.has(field)) continue
    const s = snippet(doc[field], [q, ...m.words])
    if (s) return { field, ...s }
  }
  return NAME
}
