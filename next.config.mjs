import { availableParallelism } from 'node:os'
import { normalizeBase } from './lib/tools/base-path.mjs'

// BASE_PATH=/my-glossary builds a site served under that sub-path (a GitHub Pages project site).
const basePath = normalizeBase(process.env.BASE_PATH)

/** Static export: every page is prebuilt from the extracted graph, so `out/` can be served by any static server. */
const nextConfig = {
  ...(basePath ? { basePath } : {}),
  // Client code prefixes what Next does not: fetches of graph.json and plain <a href>s.
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  // Types are checked by `npm run typecheck` (first in `npm test`); a site build need not redo it.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Static generation (a page per term: 5,000 pages for a 5,000-term glossary) is most of a big
    // build, and Next gives it one worker per core but one (cpus − 1): a single worker on 2 cores.
    cpus: availableParallelism(),
  },
  // With a static export, distDir is where the site is written: SITE_OUT_DIR lets the e2e suite
  // build a second site (from a fixture glossary) without overwriting out/.
  ...(process.env.SITE_OUT_DIR ? { distDir: process.env.SITE_OUT_DIR } : {}),
}

export default nextConfig
