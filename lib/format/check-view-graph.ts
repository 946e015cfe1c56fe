/**
 * Runtime check of a `/graph-view.json` payload before the browser trusts it. Returns undefined
 * (rather than throwing) for anything unexpected: the explorer then falls back to graph.json.
 */
import { VIEW_GRAPH_VERSION, type ViewGraph } from './view-graph'

const isRec = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const nums = (v: unknown, n: number): number[] | undefined =>
  Array.isArray(v) && v.length === n && v.every((x) => typeof x === 'number' && Number.isFinite(x))
    ? v.filter((x): x is number => typeof x === 'number')
    : undefined
const strs = (v: unknown): string[] | undefined =>
  Array.isArray(v) && v.every((x) => typeof x === 'string')
    ? v.filter((x): x is string => typeof x === 'string')
    : undefined

/** The view graph if `data` is one of the version this code reads, with consistent array lengths. */
export function checkViewGraph(data: unknown): ViewGraph | undefined {
  if (!isRec(data) || data.version !== VIEW_GRAPH_VERSION) return undefined
  const keys = strs(data.keys)
  if (!keys) return undefined
  const n = keys.length
  const labels = strs(data.labels)
  const kinds = nums(data.kinds, n)
  const communities = nums(data.communities, n)
  const pageranks = nums(data.pageranks, n)
  const xs = nums(data.xs, n)
  const ys = nums(data.ys, n)
  const edges = Array.isArray(data.edges) ? nums(data.edges, data.edges.length) : undefined
  if (!labels || labels.length !== n || !kinds || !communities || !pageranks || !xs || !ys || !edges)
    return undefined
  // Edge indices must point at nodes; a truncated triple is rejected with the rest.
  if (edges.length % 3 !== 0) return undefined
  for (let i = 0; i < edges.length; i += 3) {
    const s = edges[i] ?? -1
    const t = edges[i + 1] ?? -1
    if (!(s >= 0 && s < n && t >= 0 && t < n)) return undefined
  }
  const title = typeof data.title === 'string' ? data.title : ''
  const view: ViewGraph = {
    version: VIEW_GRAPH_VERSION,
    title,
    ...(data.map === true ? { map: true } : {}),
    keys,
    labels,
    kinds,
    communities,
    pageranks,
    xs,
    ys,
    edges,
  }
  // Optional columns, one entry per edge: a wrong length means a broken file.
  const relations = data.relations === undefined ? undefined : nums(data.relations, edges.length / 3)
  if (data.relations !== undefined && !relations) return undefined
  const typed = relations ? { ...view, relations } : view
  if (data.edgeKeys === undefined) return typed
  const edgeKeys = strs(data.edgeKeys)
  return edgeKeys && edgeKeys.length === edges.length / 3 ? { ...typed, edgeKeys } : undefined
}
