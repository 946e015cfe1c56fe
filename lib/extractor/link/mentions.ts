/**
 * Mention stage: a term whose expansion, Chinese name or definition names another term
 * links to it ("Grouped query attention，基于MQA改进的注意力机制" → MQA).
 * The label itself is not scanned: "MC learning" is not a mention of anything.
 */
import type { Term } from '../../format/types'
import { blankUrls, clauseAround } from '../prose'
import { createNameMatcher, type NameMatch } from './matcher'

/**
 * The parts of an entry that may name other terms; Chinese first, so evidence is Chinese where
 * it can be, and examples last, so a definition's own mention is the evidence when there is one.
 */
export const SCANNED_FIELDS = ['gloss', 'definition', 'expansion', 'examples'] as const
type ScannedField = (typeof SCANNED_FIELDS)[number]

export interface Mention {
  /** Index of the mentioning term. */
  source: number
  /** Index of the mentioned term. */
  target: number
  /** The clause around the first mention, as written. */
  evidence: string
}

/** Where a field of a term names another term: later stages skip these spans. */
export interface MentionSpan extends NameMatch {
  field: ScannedField
}

export interface MentionResult {
  mentions: Mention[]
  /** `spans[i]`: every mention found in term i's text. */
  spans: MentionSpan[][]
}

export function findMentions(terms: readonly Term[]): MentionResult {
  const matcher = createNameMatcher(terms)
  const mentions: Mention[] = []
  const spans = terms.map((term, source) => {
    const found: MentionSpan[] = []
    const linked = new Set<number>()
    for (const field of SCANNED_FIELDS) {
      const text = term[field]
      if (!text) continue
      // URLs are addresses, not prose: "…/text2vec-large-chinese" mentions nothing.
      for (const match of matcher.find(blankUrls(text), source)) {
        found.push({ ...match, field })
        if (linked.has(match.target)) continue
        linked.add(match.target)
        mentions.push({ source, target: match.target, evidence: clauseAround(text, match.start, match.end) })
      }
    }
    return found
  })
  return { mentions, spans }
}
