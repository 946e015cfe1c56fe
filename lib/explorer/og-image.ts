/**
 * Which Open Graph image a term page names. Images are drawn at build time (lib/tools/og/); above
 * SIZES.ogImages terms only the most central ones (by PageRank) get their own, the rest share the
 * site's image, so a 5,000-term build stays within seconds, not minutes.
 */
import type { Lookup } from './lookup'
import { SIZES } from '../format/settings'

export const OG_SIZE = { width: 1200, height: 630 } as const

/** The image every page without its own shares. */
export const SITE_OG_IMAGE = '/og/site.png'

const chosen = new WeakMap<Lookup, Set<string>>()

/** Slugs of the terms that get their own image: all of them, or the top `limit` by PageRank. */
export function ogImageSlugs(l: Lookup, limit = SIZES.ogImages): Set<string> {
  const known = chosen.get(l)
  if (known && limit === SIZES.ogImages) return known
  const terms = [...l.terms.values()]
  const top =
    terms.length <= limit
      ? terms
      : terms.sort((a, b) => b.pagerank - a.pagerank || a.slug.localeCompare(b.slug)).slice(0, limit)
  const slugs = new Set(top.map((t) => t.slug))
  if (limit === SIZES.ogImages) chosen.set(l, slugs)
  return slugs
}

/** Site-relative path of a term's Open Graph image. */
export const ogImagePath = (l: Lookup, slug: string): string =>
  ogImageSlugs(l).has(slug) ? `/og/${slug}.png` : SITE_OG_IMAGE
