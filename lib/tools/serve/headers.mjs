/**
 * The headers lib/tools/serve.mjs puts on responses: cache policy by path, content types by
 * extension, and the security headers every response carries (200, 304, 404, 405, 416, 500).
 * Plain JavaScript: the server runs without a compile step.
 */
import { extname } from 'node:path'

/** Content-hashed files (Next's `/_next/static/`) never change under their name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable'

/**
 * Everything else (HTML, graph.json, RSC payloads, icons, OG images) keeps its URL across builds:
 * the browser revalidates each time (a cheap 304 thanks to the ETag), so a rebuild shows at once
 * and graph.json never disagrees with the page that reads it.
 */
export const REVALIDATE = 'public, max-age=0, must-revalidate'

/** The Cache-Control header for a request path. */
export const cacheControl = (pathname) => (pathname.includes('/_next/static/') ? IMMUTABLE : REVALIDATE)

/**
 * What the static pages need, checked in Chromium by e2e/serving.spec.ts (the explorer, a term
 * page, /health/, the 404 page and a client-side move): Next's static export runs inline
 * `<script>`s (its RSC payload, `self.__next_f.push`) and the explorer writes `style=""`
 * attributes and a `<style>` element, hence 'unsafe-inline' for both (without it, 4 inline
 * scripts per page and 12 styles on the explorer are refused); images allow the `data:` and
 * `blob:` URLs of the PNG/SVG export; every fetch (graph.json, build-report.json, RSC payloads)
 * is same-origin. No plugins, no <base>, no framing by other sites.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/** On every response: no MIME sniffing, no framing (old and new header), no full URL to other sites. */
export const SECURITY_HEADERS = Object.freeze({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
})

const UTF8 = '; charset=utf-8'

/** With nosniff a script or stylesheet of the wrong type is refused, so every type the site uses is here. */
const TYPES = {
  '.html': `text/html${UTF8}`,
  '.htm': `text/html${UTF8}`,
  '.js': `text/javascript${UTF8}`,
  '.mjs': `text/javascript${UTF8}`,
  '.css': `text/css${UTF8}`,
  // Next's RSC payloads; its client checks for text/plain in a static export.
  '.txt': `text/plain${UTF8}`,
  '.csv': `text/csv${UTF8}`,
  '.md': `text/markdown${UTF8}`,
  '.json': 'application/json',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.xml': `application/xml${UTF8}`,
  // Gephi's GEXF and GraphML are both XML.
  '.gexf': `application/xml${UTF8}`,
  '.graphml': `application/xml${UTF8}`,
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
}

/** The Content-Type for a file path (of the original, not its `.br`/`.gz` sibling). */
export function contentType(path) {
  const ext = extname(path).toLowerCase()
  return Object.hasOwn(TYPES, ext) ? TYPES[ext] : 'application/octet-stream'
}
