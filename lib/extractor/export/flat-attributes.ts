/**
 * Node and edge attributes flattened to the scalar columns that Gephi and yEd understand:
 * lists joined with " | ", the source as "file:line", search keys left out.
 */
import type { EdgeAttributes, NodeAttributes } from '../../format/types'

export type FlatAttributes = Record<string, string | number>

/** The columns every node gets, in this order (missing values are empty strings). */
export const NODE_COLUMNS = [
  'label',
  'kind',
  'slug',
  'aliases',
  'expansion',
  'gloss',
  'definition',
  'genus',
  'genusTarget',
  'source',
  'community',
  'pagerank',
  'degree',
] as const

export function flatNode(a: NodeAttributes): FlatAttributes {
  const term = a.kind === 'term' ? a : undefined
  return {
    label: a.label,
    kind: a.kind,
    slug: a.slug,
    aliases: a.aliases.join(' | '),
    expansion: term?.expansion ?? '',
    gloss: term?.gloss ?? (a.kind === 'concept' ? (a.labelEn ?? '') : ''),
    definition: term?.definition ?? '',
    genus: term?.genus ?? '',
    genusTarget: term?.genusTarget ?? '',
    source: term ? `${term.source.file}:${term.source.line}` : '',
    community: a.community,
    pagerank: a.pagerank,
    degree: a.degree,
  }
}

export const EDGE_COLUMNS = ['kind', 'evidence', 'relation'] as const

export const flatEdge = (a: EdgeAttributes): FlatAttributes => ({
  kind: a.kind,
  evidence: a.evidence,
  relation: a.relation ?? '',
})
