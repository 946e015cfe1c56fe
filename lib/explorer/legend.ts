/**
 * Community colours and legend entries. Communities come from the extractor (Louvain); a legend
 * entry is named after what its members share (the concept most of them belong to), or else its
 * most central term, so "社区 3" never appears on screen.
 */
import { outEdges, type Lookup } from './lookup'

// Mid-tone colours told apart from each other, each with 3:1 contrast (WCAG non-text) against
// both the light and the dark stage background (theme.css --stage-bg; legend.test.ts checks), so
// one palette serves both themes and node colours mean the same in either.
export const PALETTE = [
  '#3b82c4',
  '#c86f30',
  '#3a9b5c',
  '#c2477d',
  '#8a63c9',
  '#a38526',
  '#23918f',
  '#d0533f',
  '#6b7fa8',
  '#74902a',
] as const

/** Colour of a community index (stable, cycles through the palette). */
export function colorOf(community: number): string {
  const i = ((Math.trunc(community) % PALETTE.length) + PALETTE.length) % PALETTE.length
  return PALETTE[i] ?? PALETTE[0]
}

export interface LegendEntry {
  community: number
  color: string
  /** The concept most members belong to (two or more), else the highest-PageRank term's label. */
  name: string
  size: number
}

/** The concept shared by the most members of each community (two or more; ties by label). */
function sharedConcepts(l: Lookup): Map<number, string> {
  const counts = new Map<number, Map<string, number>>()
  for (const t of l.terms.values()) {
    const byConcept = counts.get(t.community) ?? new Map<string, number>()
    counts.set(t.community, byConcept)
    for (const e of outEdges(l, t.id)) {
      const c = e.kind === 'concept' ? l.nodes.get(e.target) : undefined
      if (c) byConcept.set(c.label, (byConcept.get(c.label) ?? 0) + 1)
    }
  }
  const names = new Map<number, string>()
  for (const [community, byConcept] of counts) {
    const [best] = [...byConcept].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN'))
    if (best && best[1] >= 2) names.set(community, best[0])
  }
  return names
}

/** Legend entries for term communities, largest first; at most `max` entries. */
export function legendOf(l: Lookup, max = 8): LegendEntry[] {
  const groups = new Map<number, { size: number; best: { label: string; pagerank: number } }>()
  for (const t of l.terms.values()) {
    const g = groups.get(t.community)
    if (!g) groups.set(t.community, { size: 1, best: t })
    else {
      g.size++
      if (t.pagerank > g.best.pagerank) g.best = t
    }
  }
  const shared = sharedConcepts(l)
  return [...groups.entries()]
    .map(([community, g]) => ({
      community,
      color: colorOf(community),
      name: shared.get(community) ?? g.best.label,
      size: g.size,
    }))
    .sort((a, b) => b.size - a.size || a.community - b.community)
    .slice(0, max)
}
