/**
 * Terms a reader easily confuses with a given one: the same kind of thing (MQA, Grouped query
 * attention, Muti-head Attention are all 注意力机制), similar names (BatchNorm / Layernorm /
 * RMS Norm, on-policy / off-policy, 编码器 / 解码器), concepts in common, a stated contrast, or
 * one building on the other (Grouped query attention builds on MQA).
 * Each comes with the reasons, so the panel can say why.
 */
import { type Lookup, type TermNode, byLabel, inEdges, outEdges } from './lookup'

export type ConfusionReason =
  | { kind: 'genus'; genus: string }
  | { kind: 'name' }
  | { kind: 'concepts'; concepts: string[] }
  | { kind: 'contrast' }
  | { kind: 'variant' }

export interface Confusable {
  term: TermNode
  reasons: ConfusionReason[]
  score: number
}

const fold = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_-]+/g, '')

/** The kind a term is, as a key: the node its genus names, else the genus as written (folded). */
const kindKey = (t: TermNode): string | undefined =>
  t.genus ? (t.genusTarget ?? `genus:${fold(t.genus)}`) : undefined

/** Words of a Latin name (split at spaces, hyphens and camel case), lower case, three letters or more. */
function latinWords(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3)
}

/**
 * Whether two names read alike: they share a word (`MC learning` / `TD learning`), end alike
 * (`BatchNorm` / `Layernorm` / `RMS Norm`: four letters or more), or, in Chinese, end in the same
 * two characters or more (编码器 / 解码器).
 */
export function similarNames(a: string, b: string): boolean {
  if (fold(a) === fold(b)) return false
  const wa = new Set(latinWords(a))
  if (latinWords(b).some((w) => wa.has(w))) return true
  const [fa, fb] = [fold(a), fold(b)]
  let common = 0
  while (common < Math.min(fa.length, fb.length) && fa.at(-1 - common) === fb.at(-1 - common)) common++
  const ending = fa.slice(fa.length - common)
  return /\p{Script=Han}/u.test(ending) ? common >= 2 && common < Math.min(fa.length, fb.length) : common >= 4
}

const namesOf = (t: TermNode): string[] => [t.label, ...(t.gloss ? [t.gloss] : [])]

const conceptsOf = (l: Lookup, id: string): Map<string, string> =>
  new Map(
    outEdges(l, id).flatMap((e) => {
      const c = l.nodes.get(e.target)
      return e.kind === 'concept' && c ? [[c.id, c.label]] : []
    }),
  )

/**
 * The terms most easily confused with `termId`, most confusable first (at most `limit`). A shared
 * kind, a similar name or a contrast counts more than a concept in common; one concept alone is
 * not enough. A term the text says is the same thing is not "confusable", it is the same.
 */
export function confusablesOf(l: Lookup, termId: string, limit = 5): Confusable[] {
  const term = l.nodes.get(termId)
  if (term?.kind !== 'term') return []
  const kind = kindKey(term)
  const concepts = conceptsOf(l, termId)
  const linked = (other: string, relation: string) =>
    outEdges(l, termId).some((e) => e.target === other && e.relation === relation) ||
    inEdges(l, termId).some((e) => e.source === other && e.relation === relation)
  const found: Confusable[] = []
  for (const other of l.terms.values()) {
    if (other.id === termId || linked(other.id, 'same-as')) continue
    const reasons: ConfusionReason[] = []
    let score = 0
    if (kind && kindKey(other) === kind && other.genus) {
      reasons.push({ kind: 'genus', genus: other.genus })
      score += 3
    }
    if (linked(other.id, 'contrast')) {
      reasons.push({ kind: 'contrast' })
      score += 3
    }
    // A variant and what it builds on differ in a detail, which is what gets mixed up (a kind and
    // its members are not: GELU is an activation function, nobody takes one for the other).
    if (linked(other.id, 'based-on')) {
      reasons.push({ kind: 'variant' })
      score += 3
    }
    if (namesOf(term).some((a) => namesOf(other).some((b) => similarNames(a, b)))) {
      reasons.push({ kind: 'name' })
      score += 2
    }
    const shared = [...conceptsOf(l, other.id)].filter(([id]) => concepts.has(id)).map(([, label]) => label)
    if (shared.length > 0) {
      reasons.push({ kind: 'concepts', concepts: shared })
      score += Math.min(shared.length, 2)
    }
    if (score >= 2) found.push({ term: other, reasons, score })
  }
  return found.sort((a, b) => b.score - a.score || byLabel(a.term, b.term)).slice(0, limit)
}
