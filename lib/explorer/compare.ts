/**
 * The comparison table (`/?compare=mqa,grouped-query-attention`): for each term its names, what
 * kind of thing it is, its definition, its concepts and what it builds on, plus every relation
 * between the compared terms, typed or a plain mention, with its evidence.
 */
import type { EdgeRelation } from '../format/types'
import { type ConceptNode, type GNode, type Lookup, type TermNode, byLabel, outEdges } from './lookup'

interface CompareColumn {
  term: TermNode
  /** Every other name (full name, Chinese name, aliases), without the label. */
  names: string[]
  genus?: { text: string; target?: GNode }
  concepts: ConceptNode[]
  /** Terms it is a kind of or builds on, with the relation. */
  buildsOn: Array<{ relation: EdgeRelation; term: TermNode }>
}

interface Between {
  subject: TermNode
  object: TermNode
  /** The typed relation, or `mention` when the text only names the other term. */
  relation: EdgeRelation | 'mention'
  evidence: string
}

export interface Comparison {
  columns: CompareColumn[]
  between: Between[]
}

/** The comparison of the terms with these slugs, in the order given (unknown slugs are skipped). */
export function compareTerms(l: Lookup, slugs: readonly string[]): Comparison {
  const terms = slugs.flatMap((s) => l.terms.get(s) ?? [])
  const ids = new Set(terms.map((t) => t.id))
  const columns = terms.map((term): CompareColumn => {
    const out = outEdges(l, term.id)
    const concepts = out
      .flatMap((e) => {
        const c = l.nodes.get(e.target)
        return e.kind === 'concept' && c?.kind === 'concept' ? [c] : []
      })
      .sort(byLabel)
    const buildsOn = out.flatMap((e) => {
      const t = l.nodes.get(e.target)
      return (e.relation === 'is-a' || e.relation === 'based-on') && t?.kind === 'term'
        ? [{ relation: e.relation, term: t }]
        : []
    })
    const target = term.genusTarget ? l.nodes.get(term.genusTarget) : undefined
    const names = [...new Set([term.expansion, term.gloss, ...term.aliases])].filter(
      (n): n is string => Boolean(n) && n !== term.label,
    )
    return {
      term,
      names,
      ...(term.genus ? { genus: { text: term.genus, ...(target ? { target } : {}) } } : {}),
      concepts,
      buildsOn,
    }
  })
  const between: Between[] = []
  for (const t of terms)
    for (const e of outEdges(l, t.id)) {
      const object = l.nodes.get(e.target)
      if (e.kind !== 'mention' || !ids.has(e.target) || object?.kind !== 'term') continue
      between.push({ subject: t, object, relation: e.relation ?? 'mention', evidence: e.evidence })
    }
  return { columns, between }
}
