/**
 * Server-only: reads the prebuilt public/graph.json at build time (for term pages and metadata).
 * The explorer itself fetches /graph.json in the browser.
 */
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { checkGraph } from '@/lib/format/check-graph'
import { buildLookup } from '@/lib/explorer/graph-model'
import type { Lookup } from '@/lib/explorer/lookup'

let cached: { lookup: Lookup; mtime: number } | undefined

/**
 * The graph the site was built from; throws with the path when it is missing or malformed.
 * Read once per build; under `npm run dev` again whenever the extractor rewrites it.
 */
export function loadGraph(): Lookup {
  const path = join(process.cwd(), 'public', 'graph.json')
  const mtime = process.env.NODE_ENV === 'development' ? modified(path) : 0
  if (cached && cached.mtime === mtime) return cached.lookup
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    throw new Error(`${path}: missing — run \`npm run extract\` first`)
  }
  cached = { lookup: buildLookup(checkGraph(JSON.parse(text))), mtime }
  return cached.lookup
}

function modified(path: string): number {
  try {
    return statSync(path).mtimeMs
  } catch {
    return 0
  }
}
