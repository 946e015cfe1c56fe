/**
 * Runtime check of a `/graph.json` payload (Graphology `export()` format) before anyone trusts it.
 * Used by the browser after `fetch` and by server components at build time; both get `unknown`.
 */
import type {
  ConceptNodeAttributes,
  EdgeAttributes,
  GraphJSON,
  MentionRef,
  NodeAttributes,
  TermNodeAttributes,
} from './types'
import { isEdgeRelation } from './edge-relations'

type Rec = Record<string, unknown>

const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v)
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0)
const strs = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []

/** Optional fields are only present when they hold text, so `'gloss' in node` means something. */
const opt = (v: unknown): string | undefined => str(v) || undefined

function metrics(a: Rec) {
  return {
    degree: num(a.degree),
    pagerank: num(a.pagerank),
    community: num(a.community),
    x: num(a.x),
    y: num(a.y),
    pinyin: strs(a.pinyin),
  }
}

/** Mention spans that fit the definition and do not overlap; anything else is dropped. */
function mentionRefs(v: unknown, definition: string): MentionRef[] {
  if (!Array.isArray(v)) return []
  const refs: MentionRef[] = []
  let last = 0
  for (const m of v) {
    if (!isRec(m) || typeof m.target !== 'string') continue
    const start = num(m.start)
    const end = num(m.end)
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < last || end <= start) continue
    if (end > definition.length) continue
    refs.push({ start, end, target: m.target })
    last = end
  }
  return refs
}

function checkNode(key: string, a: Rec): NodeAttributes | undefined {
  const label = str(a.label)
  if (!label) return undefined
  const slug = str(a.slug) ?? key
  const aliases = strs(a.aliases)
  if (a.kind === 'concept') {
    const labelEn = opt(a.labelEn)
    const c: ConceptNodeAttributes = {
      kind: 'concept',
      label,
      slug,
      aliases,
      ...(labelEn ? { labelEn } : {}),
      ...metrics(a),
    }
    return c
  }
  if (a.kind !== 'term') return undefined
  const src = isRec(a.source) ? a.source : {}
  const expansion = opt(a.expansion)
  const gloss = opt(a.gloss)
  const section = opt(a.section)
  const examples = opt(a.examples)
  const anchors = strs(a.anchors)
  const definition = str(a.definition) ?? ''
  const mentions = mentionRefs(a.mentions, definition)
  const genus = opt(a.genus)
  const genusTarget = genus ? opt(a.genusTarget) : undefined
  const t: TermNodeAttributes = {
    kind: 'term',
    label,
    slug,
    aliases,
    ...(expansion ? { expansion } : {}),
    ...(gloss ? { gloss } : {}),
    definition,
    ...(examples ? { examples } : {}),
    ...(mentions.length > 0 ? { mentions } : {}),
    source: { file: str(src.file) ?? '', line: num(src.line) },
    ...(section ? { section } : {}),
    ...(genus ? { genus } : {}),
    ...(genusTarget ? { genusTarget } : {}),
    ...(anchors.length > 0 ? { anchors } : {}),
    ...metrics(a),
  }
  return t
}

function checkEdge(a: Rec): EdgeAttributes | undefined {
  if (a.kind !== 'mention' && a.kind !== 'concept') return undefined
  // A typed relation is about two terms, so only a mention carries one; an unknown one is dropped.
  const relation = a.kind === 'mention' && isEdgeRelation(a.relation) ? a.relation : undefined
  const via = a.kind === 'mention' && (a.via === 'anchor' || a.via === 'link-title') ? a.via : undefined
  return {
    kind: a.kind,
    evidence: str(a.evidence) ?? '',
    ...(relation ? { relation } : {}),
    ...(via ? { via } : {}),
  }
}

/** A genus target must be a node of this graph other than the term itself; anything else is dropped. */
function dropDanglingTargets(nodes: GraphJSON['nodes']): void {
  const keys = new Set(nodes.map((n) => n.key))
  for (const n of nodes) {
    const a = n.attributes
    if (a?.kind !== 'term' || a.genusTarget === undefined) continue
    if (!keys.has(a.genusTarget) || a.genusTarget === n.key) delete a.genusTarget
  }
}

/**
 * Validates and normalises a parsed graph.json. Nodes and edges of unknown kinds are dropped
 * (a newer extractor may add kinds); a payload that is not a graph at all throws.
 */
export function checkGraph(data: unknown): GraphJSON {
  if (!isRec(data) || !Array.isArray(data.nodes) || !Array.isArray(data.edges)) {
    throw new Error('graph.json: not a Graphology export (expected {nodes: [], edges: []})')
  }
  const attrs = isRec(data.attributes) ? data.attributes : {}
  const nodes: GraphJSON['nodes'] = []
  for (const n of data.nodes) {
    if (!isRec(n) || typeof n.key !== 'string' || !isRec(n.attributes)) continue
    const attributes = checkNode(n.key, n.attributes)
    if (attributes) nodes.push({ key: n.key, attributes })
  }
  dropDanglingTargets(nodes)
  const edges: GraphJSON['edges'] = []
  for (const e of data.edges) {
    if (!isRec(e) || typeof e.source !== 'string' || typeof e.target !== 'string' || !isRec(e.attributes))
      continue
    const attributes = checkEdge(e.attributes)
    const key = opt(e.key)
    if (attributes) edges.push({ ...(key ? { key } : {}), source: e.source, target: e.target, attributes })
  }
  return {
    attributes: {
      title: str(attrs.title) ?? '术语图谱',
      sources: strs(attrs.sources),
      ...(attrs.map === true ? { map: true } : {}),
    },
    options: { type: 'directed', multi: false, allowSelfLoops: false },
    nodes,
    edges,
  }
}
