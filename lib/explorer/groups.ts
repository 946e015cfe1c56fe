/**
 * The map of a big glossary: whether the overview is drawn as a map of groups (the build lays each
 * community out as its own region), and where each group's name goes.
 */
import type { ViewGraph } from '../format/view-graph'
import { toElements } from './elements'
import { colorOf } from './legend'

/**
 * Whether the glossary is drawn as a map of groups (no edges in the overview, group names over
 * regions): the build's layout decides (lib/extractor/graph/layout.ts, `--map-above`).
 */
export const isMap = (view: ViewGraph): boolean => view.map === true

export interface MapGroup {
  community: number
  /** The group's most central term (highest PageRank), as the legend names it. */
  name: string
  color: string
  /** Centre of the group's terms, in the canvas's model coordinates. */
  x: number
  y: number
  size: number
}

/**
 * The named groups of the map, largest first: groups smaller than `minShare` of the terms (and
 * than 3 terms) get no name, so stray pairs do not litter the map with labels.
 */
export function mapGroups(view: ViewGraph, minShare = 0.005): MapGroup[] {
  const { nodes } = toElements(view)
  const groups = new Map<number, { x: number; y: number; size: number; best: number; name: string }>()
  let terms = 0
  view.keys.forEach((_key, i) => {
    if (view.kinds[i] !== 0) return
    terms++
    const community = view.communities[i] ?? 0
    const p = nodes[i]?.position ?? { x: 0, y: 0 }
    const pagerank = view.pageranks[i] ?? 0
    const g = groups.get(community)
    if (!g) groups.set(community, { x: p.x, y: p.y, size: 1, best: pagerank, name: view.labels[i] ?? '' })
    else {
      g.x += p.x
      g.y += p.y
      g.size++
      if (pagerank > g.best) [g.best, g.name] = [pagerank, view.labels[i] ?? '']
    }
  })
  const min = Math.max(3, terms * minShare)
  return [...groups.entries()]
    .filter(([, g]) => g.size >= min)
    .map(([community, g]) => ({
      community,
      name: g.name,
      color: colorOf(community),
      x: g.x / g.size,
      y: g.y / g.size,
      size: g.size,
    }))
    .sort((a, b) => b.size - a.size || a.community - b.community)
}
