/**
 * Graph stage: terms, mentions and concepts → a Graphology graph with the node and edge
 * attributes of the graph.json contract (metrics and positions are filled in later).
 * Insertion order is source order, and edge keys are explicit, so exports are stable.
 */
import Graph from 'graphology'
import type { EdgeAttributes, GraphAttributes, MentionRef, NodeAttributes, Term } from '../../format/types'
import { conceptKey, edgeKey, termKey } from '../../format/keys'
import type { Mention, MentionSpan } from '../link/mentions'
import type { Concept } from '../concepts'
import type { NodeRef, RelationResult } from '../relations'
import { createSlugAllocator } from '../parse/slug'

export type GlossaryGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>

const UNPLACED = { degree: 0, pagerank: 0, community: 0, x: 0, y: 0, pinyin: [] }

export function buildGraph(
  attributes: GraphAttributes,
  terms: readonly Term[],
  mentions: readonly Mention[],
  concepts: readonly Concept[],
  /** `spans[i]`: where term i's text names other terms; the definition's become its `mentions`. */
  spans: readonly (readonly MentionSpan[])[] = [],
  /** Each term's genus and the typed relations on mention edges. */
  relations: RelationResult = { genus: [], relations: [] },
): GlossaryGraph {
  const graph: GlossaryGraph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false })
  graph.replaceAttributes(attributes)
  const keyOfTerm = (index: number): string => termKey(terms[index]?.slug ?? '')
  // Concept keys are known before the terms are added, so a genus can name a concept node.
  const allocateSlug = createSlugAllocator()
  const conceptSlugs = concepts.map((concept) => allocateSlug(concept.labelEn ?? concept.label))
  const keyOfNode = (ref: NodeRef): string =>
    ref.kind === 'term' ? keyOfTerm(ref.index) : conceptKey(conceptSlugs[ref.index] ?? '')
  const relationOf = new Map(relations.relations.map((r) => [`${r.source}>${r.target}`, r.relation]))
  terms.forEach((term, i) => {
    const mentions = definitionMentions(spans[i] ?? [], keyOfTerm)
    const genus = relations.genus[i]
    graph.addNode(termKey(term.slug), {
      kind: 'term',
      label: term.label,
      slug: term.slug,
      aliases: term.aliases,
      ...(term.expansion ? { expansion: term.expansion } : {}),
      ...(term.gloss ? { gloss: term.gloss } : {}),
      definition: term.definition,
      ...(term.examples ? { examples: term.examples } : {}),
      ...(mentions.length > 0 ? { mentions } : {}),
      source: term.source,
      ...(term.section ? { section: term.section } : {}),
      ...(genus ? { genus: genus.text } : {}),
      ...(genus?.target ? { genusTarget: keyOfNode(genus.target) } : {}),
      ...(term.anchors ? { anchors: term.anchors } : {}),
      ...UNPLACED,
    })
  })

  for (const mention of mentions) {
    const source = keyOfTerm(mention.source)
    const target = keyOfTerm(mention.target)
    const relation = relationOf.get(`${mention.source}>${mention.target}`)
    graph.addDirectedEdgeWithKey(edgeKey('mention', source, target), source, target, {
      kind: 'mention',
      evidence: mention.evidence,
      ...(relation ? { relation } : {}),
      ...(mention.via ? { via: mention.via } : {}),
    })
  }

  concepts.forEach((concept, c) => {
    const slug = conceptSlugs[c] ?? ''
    const key = conceptKey(slug)
    graph.addNode(key, {
      kind: 'concept',
      label: concept.label,
      ...(concept.labelEn ? { labelEn: concept.labelEn } : {}),
      slug,
      aliases: concept.aliases,
      ...UNPLACED,
    })
    for (const member of concept.members) {
      const source = keyOfTerm(member.term)
      graph.addDirectedEdgeWithKey(edgeKey('concept', source, key), source, key, {
        kind: 'concept',
        evidence: member.evidence,
      })
    }
  })
  return graph
}

/** The spans found in a term's definition, as offsets into it and the key of the term named. */
function definitionMentions(spans: readonly MentionSpan[], keyOf: (index: number) => string): MentionRef[] {
  return spans
    .filter((s) => s.field === 'definition')
    .sort((a, b) => a.start - b.start)
    .map((s) => ({ start: s.start, end: s.end, target: keyOf(s.target) }))
}
