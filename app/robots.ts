import type { MetadataRoute } from 'next'
import { absoluteUrl } from '@/lib/explorer/site-url'

export const dynamic = 'force-static'

/** Everything may be crawled; the sitemap is named when SITE_URL gives it an address. */
export default function robots(): MetadataRoute.Robots {
  const sitemap = absoluteUrl('/sitemap.xml')
  return { rules: { userAgent: '*', allow: '/' }, ...(sitemap ? { sitemap } : {}) }
}
