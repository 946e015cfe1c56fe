/**
 * The extractor, as a recipe: parse → mentions → concepts → relations → graph → metrics → layout → search keys.
 * Pure apart from reading jieba's dictionary; the CLI does the file I/O.
 */
import type { GraphJSON } from '../format/types'
import { toViewGraph } from '../format/view-graph'
import { parseGlossary, type FileReading, type GlossaryFile } from './parse'
import { findMentions } from './link/mentions'
import { sameAsLinks } from './link/same-as'
import { findMisspellings } from './link/misspellings'
import { findNameMisspellings } from './link/name-spelling'
import { findConcepts } from './concepts'
import { parseCuratedConcepts, emptyCuration } from './concepts/curated'
import { createSegmenter } from './concepts/segment'
import { findRelations } from './relations'
import { buildGraph, type GlossaryGraph } from './graph/build'
import { assignMetrics } from './graph/metrics'
import { assignLayout, type LayoutOptions } from './graph/layout'
import { assignSearchKeys } from './graph/search-keys'
import { hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics'

export interface ExtractInput {
  files: GlossaryFile[]
  /** The curated concept file, if the glossary has one. */
  concepts?: GlossaryFile
  layout?: Partial<LayoutOptions>
  /** What reading the files found (an encoding decoded, a file that is not text): reported with the rest; an error stops the build. */
  diagnostics?: Diagnostic[]
}

export interface ExtractResult {
  /** Undefined when a fatal problem stopped the build; diagnostics say which. */
  graph?: GlossaryGraph
  diagnostics: Diagnostic[]
  /** How each file was read: entries by shape, tables, blocks skipped. */
  readings: FileReading[]
  /** Milliseconds spent in each stage, for benchmarks. */
  timings: Record<string, number>
}

export function extract(input: ExtractInput): ExtractResult {
  const timings: Record<string, number> = {}
  const time = <T>(stage: string, run: () => T): T => {
    const start = performance.now()
    const result = run()
    timings[stage] = (timings[stage] ?? 0) + performance.now() - start
    return result
  }

  const parsed = time('parse', () => parseGlossary(input.files))
  const curation = input.concepts
    ? parseCuratedConcepts(input.concepts.path, input.concepts.content)
    : { curated: emptyCuration(), diagnostics: [] }
  const diagnostics = [...(input.diagnostics ?? []), ...parsed.diagnostics, ...curation.diagnostics]
  if (hasErrors(diagnostics))
    return { diagnostics: sortDiagnostics(diagnostics), readings: parsed.readings, timings }

  const { terms } = parsed
  const found = time('link', () => findMentions(terms))
  const { spans } = found
  const sameAs = sameAsLinks(terms, parsed.sameAs, found.mentions)
  const { mentions } = sameAs
  diagnostics.push(...time('link', () => [...findMisspellings(terms, spans), ...findNameMisspellings(terms)]))
  const concepts = time('concepts', () => findConcepts(terms, spans, curation.curated))
  const typed = time('relations', () => findRelations(terms, mentions, spans, concepts))
  // What the entries themselves say (two entries for one thing) outranks a pattern in the text.
  const relations = { ...typed, relations: [...typed.relations, ...sameAs.relations] }

  const sources = [...new Set(input.files.map((f) => f.path))]
  const graph = time('graph', () =>
    buildGraph({ title: parsed.title, sources }, terms, mentions, concepts, spans, relations),
  )
  time('metrics', () => assignMetrics(graph))
  time('layout', () => assignLayout(graph, input.layout))
  time('search', () => {
    const segmenter = createSegmenter()
    assignSearchKeys(graph, (text) => segmenter.tokens(text).map((t) => t.word))
  })
  return { graph, diagnostics: sortDiagnostics(diagnostics), readings: parsed.readings, timings }
}

/** graph.json text: Graphology's export format, compact, same bytes for the same input. */
export function serializeGraph(graph: GlossaryGraph): string {
  const data: GraphJSON = graph.export()
  return `${JSON.stringify(data)}\n`
}

/** graph-view.json text: the lean client graph the canvas draws first (see view-graph.ts). */
export function serializeViewGraph(graph: GlossaryGraph): string {
  const data: GraphJSON = graph.export()
  return `${JSON.stringify(toViewGraph(data))}\n`
}

/** Where the view graph goes for a graph.json path: `x/graph.json` → `x/graph-view.json`. */
export const viewGraphPath = (graphPath: string): string => graphPath.replace(/(\.json)?$/, '-view.json')
