/**
 * Scores the relation stage against hand labels (labels.ts): precision and recall of each term's
 * genus and of the typed relations on edges. A genus is right when it is one of the accepted
 * spellings (compared folded: case, spaces, hyphens, English plural); a relation is right when the
 * edge from the labelled source to the labelled target carries one of the accepted relations.
 */
import type { GlossaryGraph } from '../graph/build'
import { foldName } from './genus-target'
import type { RelationLabels } from './labels'

export interface Counts {
  /** Predictions that match a label. */
  right: number
  /** Predictions made. */
  predicted: number
  /** Labels to find. */
  expected: number
}

export interface RelationScore {
  genus: Counts
  relations: Counts
  /** What went wrong, for the failure message: `genus X: got "a", want "b"`, `relation A part-of B: not labelled`. */
  errors: string[]
  /** Term labels in the graph without a genus label, and labels naming no term. */
  unlabelled: string[]
}

export const precision = (c: Counts): number => (c.predicted === 0 ? 1 : c.right / c.predicted)
export const recall = (c: Counts): number => (c.expected === 0 ? 1 : c.right / c.expected)
export const sum = (a: Counts, b: Counts): Counts => ({
  right: a.right + b.right,
  predicted: a.predicted + b.predicted,
  expected: a.expected + b.expected,
})

export function scoreRelations(graph: GlossaryGraph, labels: RelationLabels): RelationScore {
  const errors: string[] = []
  const unlabelled: string[] = []
  const keyOf = new Map<string, string>()
  const labelOf = new Map<string, string>()
  graph.forEachNode((key, a) => {
    if (a.kind !== 'term') return
    keyOf.set(a.label, key)
    labelOf.set(key, a.label)
  })

  const genus: Counts = { right: 0, predicted: 0, expected: 0 }
  graph.forEachNode((_key, a) => {
    if (a.kind !== 'term') return
    const accepted = labels.genus[a.label]
    if (accepted === undefined) {
      unlabelled.push(a.label)
      return
    }
    if (accepted) genus.expected++
    if (!a.genus) {
      if (accepted) errors.push(`genus ${a.label}: none, want ${accepted.join(' | ')}`)
      return
    }
    genus.predicted++
    const got = foldName(a.genus)
    if (accepted?.some((g) => foldName(g) === got)) genus.right++
    else errors.push(`genus ${a.label}: got "${a.genus}", want ${accepted ? accepted.join(' | ') : 'none'}`)
  })
  for (const label of Object.keys(labels.genus))
    if (!keyOf.has(label)) unlabelled.push(`${label} (no such term)`)

  const wanted = new Map<string, readonly string[]>()
  for (const [source, relation, target] of labels.relations) {
    wanted.set(`${source}\u0000${target}`, typeof relation === 'string' ? [relation] : relation)
    if (!keyOf.has(source) || !keyOf.has(target)) unlabelled.push(`${source} → ${target} (no such term)`)
  }
  const relations: Counts = { right: 0, predicted: 0, expected: wanted.size }
  const found = new Set<string>()
  graph.forEachEdge((_edge, a, source, target) => {
    if (!a.relation) return
    relations.predicted++
    const pair = `${labelOf.get(source) ?? source}\u0000${labelOf.get(target) ?? target}`
    const accepted = wanted.get(pair)
    const name = pair.replace('\u0000', ` ${a.relation} `)
    if (accepted?.includes(a.relation)) {
      relations.right++
      found.add(pair)
    } else errors.push(`relation ${name}: ${accepted ? `want ${accepted.join(' | ')}` : 'not labelled'}`)
  })
  for (const [pair, accepted] of wanted)
    if (!found.has(pair)) errors.push(`relation ${pair.replace('\u0000', ` ${accepted.join('|')} `)}: missed`)
  return { genus, relations, errors, unlabelled }
}
