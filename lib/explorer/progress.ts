/**
 * Learning progress: which terms the reader marked "I know this" (kept in localStorage, one key
 * per glossary, as a JSON list of slugs) and what to learn next: terms not known yet whose
 * prerequisites (the terms their definitions mention, as the reading order has them) are all known.
 * Pure: the browser hands in what it read from storage.
 */
import type { Lookup, TermNode } from './lookup'
import { mentionedBy, orderByMentions } from './reading-order'

/** A short stable hash of text (FNV-1a, 32 bits), as hex. */
export function hashText(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h.toString(16).padStart(8, '0')
}

/**
 * The storage key of a glossary's progress: its title and the slugs of its terms, so two
 * glossaries served from one origin (a sub-path each) never share their progress.
 */
export function knownStorageKey(l: Lookup): string {
  return `known:${hashText(`${l.title}\n${[...l.terms.keys()].sort().join(',')}`)}`
}

/** The known slugs stored as `raw`, keeping only terms the glossary has; anything malformed is nothing. */
export function parseKnown(raw: string | null, l: Lookup): Set<string> {
  if (!raw) return new Set()
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    return new Set()
  }
  if (!Array.isArray(data)) return new Set()
  return new Set(data.filter((s): s is string => typeof s === 'string' && l.terms.has(s)))
}

/** What is stored: the slugs, sorted, so the same set is always the same text. */
export const serializeKnown = (known: ReadonlySet<string>): string => JSON.stringify([...known].sort())

/**
 * Up to `limit` terms to learn next, in reading order: not known yet, with every term their text
 * mentions known. Terms that what the reader learned has just opened (they mention a known term)
 * come before terms that mention nothing and were ready from the start.
 */
export function nextToLearn(l: Lookup, known: ReadonlySet<string>, limit = 5): TermNode[] {
  const isKnown = (id: string) => {
    const n = l.nodes.get(id)
    return n?.kind === 'term' && known.has(n.slug)
  }
  const opened: TermNode[] = []
  const fresh: TermNode[] = []
  for (const group of orderByMentions(
    l,
    [...l.terms.values()].map((t) => t.id),
  )) {
    // Inside a group of terms that mention each other, the others are read together, not first.
    const inGroup = new Set(group.map((g) => g.id))
    for (const t of group) {
      if (known.has(t.slug)) continue
      const needs = mentionedBy(l, t.id).filter((id) => !inGroup.has(id))
      if (!needs.every(isKnown)) continue
      if (needs.length > 0) opened.push(t)
      else fresh.push(t)
    }
  }
  return [...opened, ...fresh].slice(0, limit)
}
