/**
 * How a term relates to others, as the extractor typed it: what kind of thing it is (its genus,
 * and the node that genus names) and the typed mention edges from it and to it, each with its
 * evidence. The panel and the term page read these as sentences ("MQA 是一种 注意力机制").
 */
import type { EdgeRelation } from '../format/types'
import { type GNode, type Lookup, type TermNode, allEdges, byLabel, inEdges, outEdges } from './lookup'

interface TypedLink {
  relation: EdgeRelation
  /** The term the sentence is about: "subject is-a object". */
  subject: TermNode
  object: TermNode
  evidence: string
}

interface TermKind {
  /** The genus as the definition writes it. */
  text: string
  /** The term or concept it names, when there is one. */
  target?: GNode
}

export interface TypedRelations {
  genus?: TermKind
  /** Typed edges from the term ("it is part of X"), by relation then label. */
  outgoing: TypedLink[]
  /** Typed edges to the term ("X builds on it"). */
  incoming: TypedLink[]
}

const ORDER: readonly EdgeRelation[] = ['is-a', 'part-of', 'based-on', 'contrast', 'same-as']
const byRelation = (a: TypedLink, b: TypedLink) =>
  ORDER.indexOf(a.relation) - ORDER.indexOf(b.relation) ||
  byLabel(a.object, b.object) ||
  byLabel(a.subject, b.subject)

/** The term's kind and typed relations; the genus is left out when a typed edge already says it. */
export function typedRelationsOf(l: Lookup, termId: string): TypedRelations {
  const term = l.nodes.get(termId)
  if (term?.kind !== 'term') return { outgoing: [], incoming: [] }
  const outgoing: TypedLink[] = []
  for (const e of outEdges(l, termId)) {
    const object = l.nodes.get(e.target)
    if (e.relation && object?.kind === 'term')
      outgoing.push({ relation: e.relation, subject: term, object, evidence: e.evidence })
  }
  const incoming: TypedLink[] = []
  for (const e of inEdges(l, termId)) {
    const subject = l.nodes.get(e.source)
    if (e.relation && subject?.kind === 'term')
      incoming.push({ relation: e.relation, subject, object: term, evidence: e.evidence })
  }
  const target = term.genusTarget ? l.nodes.get(term.genusTarget) : undefined
  // "causal decoder is a kind of decoder" once, with its evidence, not again as its genus.
  const said = target !== undefined && outgoing.some((o) => o.object.id === target.id)
  const genus = term.genus && !said ? { text: term.genus, ...(target ? { target } : {}) } : undefined
  return {
    ...(genus ? { genus } : {}),
    outgoing: outgoing.sort(byRelation),
    incoming: incoming.sort(byRelation),
  }
}

/** Which relations the graph has at all, in legend order (the legend lists only those). */
export function relationsInGraph(l: Lookup): EdgeRelation[] {
  const found = new Set(allEdges(l).flatMap((e) => (e.relation ? [e.relation] : [])))
  return ORDER.filter((r) => found.has(r))
}
