/**
 * A term's 1-hop neighbourhood for its local graph (term page SVG, Open Graph image): the terms it
 * mentions, the terms that mention it and its concepts, the most important first when there are
 * too many to draw.
 */
import { inEdges, outEdges, type GNode, type Lookup } from './lookup'
import { viewHref } from './url-state'
import { withBasePath } from './site-url'

export interface LocalNode {
  id: string
  label: string
  kind: 'term' | 'concept'
  /** Where the node links: a term page, or the explorer filtered to a concept. */
  href: string
  community: number
  pagerank: number
  /** Position in the site-wide layout (graph.json), used to keep each neighbour's direction. */
  x: number
  y: number
  /** How it is linked to the centre: a mention either way, or concept membership. */
  relation: 'mention' | 'concept'
}

export interface Neighbourhood {
  center: LocalNode
  neighbours: LocalNode[]
  /** Neighbours left out to keep the drawing readable. */
  hidden: number
}

/** Where a node of the local graph links. */
const hrefOf = (n: GNode): string =>
  n.kind === 'term' ? withBasePath(`/term/${n.slug}/`) : viewHref({ concepts: [n.slug] })

const toLocal = (n: GNode, relation: LocalNode['relation']): LocalNode => ({
  id: n.id,
  label: n.label,
  kind: n.kind,
  href: hrefOf(n),
  community: n.community,
  pagerank: n.pagerank,
  x: n.x,
  y: n.y,
  relation,
})

/**
 * The neighbourhood of `termId`, at most `max` neighbours (highest PageRank first, ties by label);
 * undefined when the term is unknown.
 */
export function neighbourhoodOf(l: Lookup, termId: string, max = 12): Neighbourhood | undefined {
  const center = l.nodes.get(termId)
  if (!center) return undefined
  const found = new Map<string, LocalNode>()
  const edges = [
    ...outEdges(l, termId).map((e) => ({ other: e.target, kind: e.kind })),
    ...inEdges(l, termId).map((e) => ({ other: e.source, kind: e.kind })),
  ]
  for (const { other, kind } of edges) {
    const n = l.nodes.get(other)
    // A term both mentioning and mentioned by the centre is one neighbour.
    if (n && other !== termId && !found.has(other)) found.set(other, toLocal(n, kind))
  }
  const all = [...found.values()].sort(
    (a, b) => b.pagerank - a.pagerank || a.label.localeCompare(b.label, 'zh-CN'),
  )
  return {
    center: toLocal(center, 'mention'),
    neighbours: all.slice(0, max),
    hidden: Math.max(0, all.length - max),
  }
}
