/**
 * Server-only: reads the prebuilt public/graph.json at build time (for term pages and metadata).
 * The explorer itself fetches /graph.json in the browser.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkGraph } from '@/lib/format/check-graph'
import { buildLookup, type Lookup } from '@/lib/explorer/lookup'

let cached: Lookup | undefined

/** The graph the site was built from; throws with the path when it is missing or malformed. */
export function loadGraph(): Lookup {
  if (cached) return cached
  const path = join(process.cwd(), 'public', 'graph.json')
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    throw new Error(`${path}: missing — run \`npm run extract\` first`)
  }
  cached = buildLookup(checkGraph(JSON.parse(text)))
  return cached
}
