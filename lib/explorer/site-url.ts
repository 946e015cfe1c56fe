/**
 * Where the site is published: `BASE_PATH` (a sub-path such as /my-glossary, for GitHub
 * Pages project sites) and `SITE_URL` (the origin, for absolute URLs in metadata and the
 * sitemap). Both are read at build time; the base path is also inlined into the browser
 * bundle (next.config.mjs passes it as NEXT_PUBLIC_BASE_PATH).
 */

/** "/my-glossary" (no trailing slash), or "" when the site is served at the root. */
export function normalizeBasePath(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/\/+$/, '')
  if (!trimmed) return ''
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`
}

const BASE_PATH = normalizeBasePath(process.env.NEXT_PUBLIC_BASE_PATH)

/** A site path ("/graph.json", "/term/rl/") as the browser must request it. */
export const withBasePath = (path: string): string => `${BASE_PATH}${path}`

/** An absolute URL for a site path, or undefined when SITE_URL is not set or not http(s). */
export function absoluteUrl(path: string, siteUrl = process.env.SITE_URL): string | undefined {
  if (!siteUrl || !/^https?:\/\/[^/]/.test(siteUrl)) return undefined
  return `${siteUrl.replace(/\/+$/, '')}${withBasePath(path)}`
}
