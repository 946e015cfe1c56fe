/**
 * Reading order: what to read before a term, and the whole glossary sorted so that every term
 * comes after the terms it mentions. Mentions can form cycles (A's definition names B and B's
 * names A); each cycle is one group, read together (strongly connected components).
 */
import { stronglyConnectedComponents } from 'graphology-components'
import { byLabel, outEdges, type Lookup, type TermNode } from './lookup'

/** Terms a term's text names (its outgoing mention edges). */
export function mentionedBy(l: Lookup, termId: string): string[] {
  return outEdges(l, termId)
    .filter((e) => e.kind === 'mention')
    .map((e) => e.target)
}

/** More central first, then by label: the order among terms that do not depend on each other. */
const importance = (a: TermNode, b: TermNode) => b.pagerank - a.pagerank || byLabel(a, b)

/**
 * Orders terms so that each comes after those it mentions; a cycle becomes one group (members
 * by importance). Among groups free to go next, the one holding the most important term goes
 * first. Mentions of terms outside `ids` are ignored.
 */
export function orderByMentions(l: Lookup, ids: Iterable<string>): TermNode[][] {
  const terms = [...ids].flatMap((id) => {
    const n = l.nodes.get(id)
    return n?.kind === 'term' ? [n] : []
  })
  // The part of the graph the order reads: these terms and the mentions among them.
  const g = l.graph.nullCopy({ multi: false, allowSelfLoops: false })
  for (const t of terms) g.addNode(t.id)
  for (const t of terms)
    for (const target of mentionedBy(l, t.id))
      if (g.hasNode(target) && target !== t.id) g.mergeEdge(t.id, target)
  const byId = new Map(terms.map((t) => [t.id, t]))
  const groups = stronglyConnectedComponents(g).map((ids) =>
    ids.flatMap((id) => byId.get(id) ?? []).sort(importance),
  )
  const groupOf = new Map<string, number>()
  groups.forEach((members, i) => members.forEach((t) => groupOf.set(t.id, i)))
  // Kahn's algorithm over the groups: a group is ready when every group it mentions is placed.
  const waitingOn = groups.map(() => new Set<number>())
  const readers = groups.map(() => new Set<number>())
  g.forEachEdge((_e, _a, source, target) => {
    const s = groupOf.get(source) ?? -1
    const t = groupOf.get(target) ?? -1
    if (s === t) return
    waitingOn[s]?.add(t)
    readers[t]?.add(s)
  })
  const first = (i: number) => groups[i]?.[0]
  const before = (i: number, j: number) => {
    const a = first(i)
    const b = first(j)
    return a && b ? importance(a, b) : i - j
  }
  const ready = groups.flatMap((_, i) => (waitingOn[i]?.size === 0 ? [i] : []))
  const order: TermNode[][] = []
  while (ready.length > 0) {
    ready.sort(before)
    const i = ready.shift() ?? 0
    order.push(groups[i] ?? [])
    for (const r of readers[i] ?? []) {
      const waits = waitingOn[r]
      waits?.delete(i)
      if (waits?.size === 0) ready.push(r)
    }
  }
  return order
}

/**
 * What to read before `termId`: the terms it mentions, followed transitively up to `depth`
 * steps, in reading order (the term itself excluded, even when it sits in a cycle).
 */
export function prerequisitesOf(l: Lookup, termId: string, depth = 3): TermNode[][] {
  const seen = new Set([termId])
  let frontier = [termId]
  for (let d = 0; d < depth; d++) {
    frontier = frontier.flatMap((id) => mentionedBy(l, id)).filter((id) => !seen.has(id) && seen.add(id))
  }
  return orderByMentions(l, seen)
    .map((group) => group.filter((t) => t.id !== termId))
    .filter((group) => group.length > 0)
}
