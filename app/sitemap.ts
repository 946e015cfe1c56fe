import type { MetadataRoute } from 'next'
import { loadGraph } from './_data/load-graph'
import { absoluteUrl } from '@/lib/explorer/site-url'

export const dynamic = 'force-static'

/** Every page, with absolute URLs from SITE_URL; empty without it (a sitemap needs absolute URLs). */
export default function sitemap(): MetadataRoute.Sitemap {
  const paths = ['/', '/health/', ...[...loadGraph().terms.keys()].map((slug) => `/term/${slug}/`)]
  return paths.flatMap((path) => {
    const url = absoluteUrl(path)
    return url ? [{ url }] : []
  })
}
