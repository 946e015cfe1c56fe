/**
 * Open Graph image metadata of a term page. The PNG is drawn after `next build` by
 * lib/tools/og/render-og.ts at the path lib/explorer/og-image names. Chat apps need absolute
 * image URLs: SITE_URL (e.g. https://glossary.example.org) makes them; without it Next falls back
 * to http://localhost:3000, right for `npm start` only.
 */
import type { Metadata } from 'next'
import type { Lookup } from '@/lib/explorer/lookup'
import { OG_SIZE, ogImagePath } from '@/lib/explorer/og-image'
import { withBasePath } from '@/lib/explorer/site-url'
import { readEnv } from '@/lib/format/settings'

export function ogImageMetadata(l: Lookup, slug: string, alt: string) {
  const site = readEnv('SITE_URL')
  const base: Pick<Metadata, 'metadataBase'> = site ? { metadataBase: new URL(site) } : {}
  return { base, images: [{ url: withBasePath(ogImagePath(l, slug)), ...OG_SIZE, alt }] }
}
