/**
 * Server-only: the lean view graph of the built graph.json, as the explorer draws it (same node
 * order and positions), for the picture in the static HTML of `/`.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkGraph } from '@/lib/format/check-graph'
import { toViewGraph, type ViewGraph } from '@/lib/format/view-graph'

let cached: ViewGraph | undefined

/** The view graph of public/graph.json; throws with the path when it is missing. */
export function loadViewGraph(): ViewGraph {
  if (cached) return cached
  const path = join(process.cwd(), 'public', 'graph.json')
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    throw new Error(`${path}: missing — run \`npm run extract\` first`)
  }
  cached = toViewGraph(checkGraph(JSON.parse(text)))
  return cached
}
