/**
 * Indexes a checked graph.json for the explorer and the term pages: nodes by key, edges by
 * endpoint, concept members. Pure; built once per graph.
 */
import type {
  ConceptNodeAttributes,
  EdgeKind,
  EdgeRelation,
  GraphJSON,
  TermNodeAttributes,
} from '../format/types'

export type TermNode = TermNodeAttributes & { id: string }
export type ConceptNode = ConceptNodeAttributes & { id: string }
export type GNode = TermNode | ConceptNode

export interface GEdge {
  id: string
  source: string
  target: string
  kind: EdgeKind
  evidence: string
  /** What the text says the relation is (mention edges only), when it says. */
  relation?: EdgeRelation
}

export interface Lookup {
  title: string
  nodes: Map<string, GNode>
  /** Terms by slug, concepts by slug (concept keys carry a prefix, slugs do not). */
  terms: Map<string, TermNode>
  concepts: Map<string, ConceptNode>
  edges: GEdge[]
  out: Map<string, GEdge[]>
  in: Map<string, GEdge[]>
}

const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
  const list = m.get(k)
  if (list) list.push(v)
  else m.set(k, [v])
}

/** Builds the lookup; edges pointing at missing nodes are skipped rather than crashing the page. */
export function buildLookup(g: GraphJSON): Lookup {
  const nodes = new Map<string, GNode>()
  const terms = new Map<string, TermNode>()
  const concepts = new Map<string, ConceptNode>()
  for (const n of g.nodes) {
    const a = n.attributes
    if (!a) continue
    if (a.kind === 'term') {
      const t: TermNode = { ...a, id: n.key }
      nodes.set(n.key, t)
      terms.set(a.slug, t)
    } else {
      const c: ConceptNode = { ...a, id: n.key }
      nodes.set(n.key, c)
      concepts.set(a.slug, c)
    }
  }
  const edges: GEdge[] = []
  const out = new Map<string, GEdge[]>()
  const inn = new Map<string, GEdge[]>()
  g.edges.forEach((e, i) => {
    if (!e.attributes || !nodes.has(e.source) || !nodes.has(e.target)) return
    const edge: GEdge = { id: e.key ?? `e${i}`, source: e.source, target: e.target, ...e.attributes }
    edges.push(edge)
    push(out, e.source, edge)
    push(inn, e.target, edge)
  })
  return { title: g.attributes.title, nodes, terms, concepts, edges, out, in: inn }
}

/** Terms that belong to a concept (linked by a `concept` edge), sorted by label. */
export function membersOf(l: Lookup, conceptId: string): TermNode[] {
  const list: TermNode[] = []
  for (const e of l.in.get(conceptId) ?? []) {
    const n = l.nodes.get(e.source)
    if (e.kind === 'concept' && n?.kind === 'term') list.push(n)
  }
  return list.sort(byLabel)
}

/** Locale-aware label order, so mixed Chinese/English lists read predictably. */
export const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, 'zh-CN')
