/**
 * Community colours and legend entries. Communities come from the extractor (Louvain); a legend
 * entry is named after its most central term so "社区 3" never appears on screen.
 */
import type { Lookup } from './lookup'

// Mid-tone colours distinguishable from each other and readable under dark text outlines.
export const PALETTE = [
  '#3b82c4',
  '#e07b39',
  '#3a9b5c',
  '#c2477d',
  '#8a63c9',
  '#b8962e',
  '#2aa3a3',
  '#d0533f',
  '#6b7fa8',
  '#7d9b2e',
] as const

/** Colour of a community index (stable, cycles through the palette). */
export function colorOf(community: number): string {
  const i = ((Math.trunc(community) % PALETTE.length) + PALETTE.length) % PALETTE.length
  return PALETTE[i] ?? PALETTE[0]
}

export interface LegendEntry {
  community: number
  color: string
  /** Label of the community's highest-PageRank term. */
  name: string
  size: number
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
  return [...groups.entries()]
    .map(([community, g]) => ({ community, color: colorOf(community), name: g.best.label, size: g.size }))
    .sort((a, b) => b.size - a.size || a.community - b.community)
    .slice(0, max)
}
