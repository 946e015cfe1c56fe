/**
 * Groups a term's relations for the panel and the term page: the terms it mentions, the terms
 * that mention it, its concepts, and the other members of each concept, each with evidence.
 */
import {
  byLabel,
  edgeBetween,
  inEdges,
  membersOf,
  outEdges,
  type ConceptNode,
  type Lookup,
  type TermNode,
} from './lookup'

export interface Related {
  term: TermNode
  /** Text that justifies the link (the mentioning sentence, or the member's own definition). */
  evidence: string
}

export interface ConceptGroup {
  concept: ConceptNode
  /** Why this term belongs to the concept. */
  evidence: string
  /** Other members of the concept. */
  others: Related[]
}

export interface TermRelations {
  mentions: Related[]
  mentionedBy: Related[]
  concepts: ConceptGroup[]
}

const conceptEvidence = (l: Lookup, termId: string, conceptId: string): string => {
  const e = edgeBetween(l, termId, conceptId)
  return e?.kind === 'concept' ? e.evidence : ''
}

const byTermLabel = (a: Related, b: Related) => byLabel(a.term, b.term)

/** All relations of one term; empty groups when it has none. */
export function relationsOf(l: Lookup, termId: string): TermRelations {
  const mentions: Related[] = []
  const concepts: ConceptGroup[] = []
  for (const e of outEdges(l, termId)) {
    const n = l.nodes.get(e.target)
    if (e.kind === 'mention' && n?.kind === 'term') mentions.push({ term: n, evidence: e.evidence })
    if (e.kind === 'concept' && n?.kind === 'concept') {
      const others = membersOf(l, n.id)
        .filter((t) => t.id !== termId)
        .map((t) => ({ term: t, evidence: conceptEvidence(l, t.id, n.id) }))
      concepts.push({ concept: n, evidence: e.evidence, others })
    }
  }
  const mentionedBy: Related[] = []
  for (const e of inEdges(l, termId)) {
    const n = l.nodes.get(e.source)
    if (e.kind === 'mention' && n?.kind === 'term') mentionedBy.push({ term: n, evidence: e.evidence })
  }
  return {
    mentions: mentions.sort(byTermLabel),
    mentionedBy: mentionedBy.sort(byTermLabel),
    concepts: concepts.sort((a, b) => byLabel(a.concept, b.concept)),
  }
}
