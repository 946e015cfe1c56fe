/**
 * Mention stage: a term whose expansion, Chinese name or definition names another term
 * links to it ("Grouped query attention，基于MQA改进的注意力机制" → MQA). Its label names
 * another term only as its head, the kind of thing it is (指令微调 → 微调, "Vision Transformer"
 * → Transformer); a name elsewhere in it is no mention ("MC learning" names no "MC").
 *
 * Links in a definition (addresses.ts): an in-page link to a term's anchor mentions that term
 * whatever its text says (`via: 'anchor'`); a name found only in a reference to another page
 * ("详见[…](…)") is a weaker mention (`via: 'link-title'`); words of an address mention nothing.
 * When one term names another several ways, the edge keeps the strongest: anchor, then text, then
 * link title.
 */
import type { MentionVia, Term } from '../../format/types'
import { clauseAround } from '../prose'
import { blankAddresses, definitionLinks, type DefinitionLink } from './addresses'
import { headingSlug } from './anchors'
import { createNameMatcher, type NameMatch, type TextKind } from './matcher'

/**
 * The parts of an entry that may name other terms; Chinese first, so evidence is Chinese where
 * it can be, and examples last, so a definition's own mention is the evidence when there is one.
 */
export const SCANNED_FIELDS = ['gloss', 'definition', 'expansion', 'examples'] as const
export type ScannedField = (typeof SCANNED_FIELDS)[number]

/** The Chinese name and the full name are names of the term itself; the rest is prose. */
const KIND_OF_FIELD: Record<ScannedField, TextKind> = {
  gloss: 'name',
  expansion: 'name',
  definition: 'prose',
  examples: 'prose',
}

export interface Mention {
  /** Index of the mentioning term. */
  source: number
  /** Index of the mentioned term. */
  target: number
  /** The clause around the first mention, as written. */
  evidence: string
  /** Found through a link rather than in the text (see MentionVia). */
  via?: MentionVia
}

/** Where a field of a term names another term: later stages skip these spans. */
export interface MentionSpan extends NameMatch {
  field: ScannedField
  via?: MentionVia
}

export interface MentionResult {
  mentions: Mention[]
  /** `spans[i]`: every mention found in term i's text. */
  spans: MentionSpan[][]
}

/** How strong each way of mentioning is: the edge keeps the strongest. */
const STRENGTH: Record<MentionVia | 'text', number> = { anchor: 2, text: 1, 'link-title': 0 }
const strength = (via: MentionVia | undefined): number => STRENGTH[via ?? 'text']

/** Every anchor a term can be linked to, lower case: its own, and the slug GitHub gives a heading of its label. */
function anchorIndex(terms: readonly Term[]): Map<string, number> {
  const index = new Map<string, number>()
  terms.forEach((term, i) => {
    for (const anchor of [...(term.anchors ?? []), headingSlug(term.label)]) {
      const key = anchor.toLowerCase()
      if (key && !index.has(key)) index.set(key, i)
    }
  })
  return index
}

export function findMentions(terms: readonly Term[]): MentionResult {
  const matcher = createNameMatcher(terms)
  const anchors = anchorIndex(terms)
  const mentions: Mention[] = []
  const spans = terms.map((term, source) => {
    const found: MentionSpan[] = []
    const byTarget = new Map<number, Mention>()
    const note = (target: number, evidence: string, via: MentionVia | undefined): void => {
      const known = byTarget.get(target)
      const mention = { source, target, evidence, ...(via ? { via } : {}) }
      if (!known) {
        byTarget.set(target, mention)
        mentions.push(mention)
      } else if (strength(via) > strength(known.via)) Object.assign(known, mention)
    }
    for (const field of SCANNED_FIELDS) {
      const text = term[field]
      if (!text) continue
      const links = field === 'definition' ? definitionLinks(term) : []
      const matches = matcher.find(blankAddresses(text), source, KIND_OF_FIELD[field])
      for (const span of linkedSpans(matches, links, anchors, source)) {
        if (span.end > span.start) found.push({ ...span, field })
        note(span.target, clauseAround(text, span.start, Math.max(span.end, span.start)), span.via)
      }
    }
    // Last, so a definition's wording is the evidence where it names the same term.
    for (const match of matcher.find(term.label, source, 'name')) note(match.target, term.label, undefined)
    return found
  })
  return { mentions, spans }
}

/**
 * The matches of a text with its links applied: an in-page link to a known anchor replaces the
 * matches inside its text (or, when its text is unknown, the one ending at its address) by one
 * mention of the anchor's term; a match inside a reference is a link-title mention.
 */
function linkedSpans(
  matches: readonly NameMatch[],
  links: readonly DefinitionLink[],
  anchors: ReadonlyMap<string, number>,
  self: number,
): Array<NameMatch & { via?: MentionVia }> {
  const out: Array<NameMatch & { via?: MentionVia }> = []
  const replaced = new Set<NameMatch>()
  for (const link of links) {
    const target = link.anchor === undefined ? undefined : anchors.get(link.anchor.toLowerCase())
    if (target === undefined) continue
    const covered = matches.filter((m) =>
      link.end > link.start ? m.start < link.end && link.start < m.end : m.end === link.start,
    )
    for (const m of covered) replaced.add(m)
    if (target === self) continue
    const start = link.end > link.start ? link.start : (covered[0]?.start ?? link.start)
    const end = Math.max(link.end, covered[0]?.end ?? link.end)
    out.push({ target, start, end, name: link.anchor ?? '', via: 'anchor' })
  }
  const references = links.flatMap((l) => (l.reference ? [l.reference] : []))
  for (const m of matches) {
    if (replaced.has(m)) continue
    const titled = references.some((r) => r.start <= m.start && m.end <= r.end)
    out.push(titled ? { ...m, via: 'link-title' } : m)
  }
  return out.sort((a, b) => a.start - b.start)
}
