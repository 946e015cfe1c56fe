/**
 * The few lines the CLI prints after a successful extraction.
 */
import type { GlossaryGraph } from '../graph/build'
import type { Diagnostic } from '../diagnostics'
import type { FileReading } from '../parse'

export function summarize(
  graph: GlossaryGraph,
  diagnostics: readonly Diagnostic[],
  readings: readonly FileReading[],
  out: string,
  bytes: number,
): string {
  let terms = 0
  const concepts: string[] = []
  graph.forEachNode((_node, a) => {
    if (a.kind === 'term') terms++
    else concepts.push(`${a.label}(${graph.inDegree(_node)})`)
  })
  const byKind = new Map<string, number>()
  graph.forEachEdge((_edge, a) => byKind.set(a.kind, (byKind.get(a.kind) ?? 0) + 1))
  const edges = [...byKind].map(([kind, n]) => `${n} ${kind}`).join(', ') || 'none'
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length
  const notes = diagnostics.filter((d) => d.severity === 'note').length
  const shown = concepts.slice(0, 20).join(' ') + (concepts.length > 20 ? ` …+${concepts.length - 20}` : '')
  return [
    `extract: ${terms} terms, ${concepts.length} concepts, edges: ${edges}; ${warnings} warning(s), ${notes} note(s)`,
    ...readings.map(describeReading),
    concepts.length > 0 ? `concepts: ${shown}` : 'concepts: none',
    `wrote ${out} (${(bytes / 1024).toFixed(1)} KiB)`,
  ].join('\n')
}

const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`

/**
 * How one file was read: `glossary.md: 51 bullets`,
 * `terms.md: 40 headings (level 3), 2 bold paragraphs; 3 blocks skipped`,
 * `glossary.md: 15 tables (term column "英文简称"), 177 entries`.
 */
export function describeReading(reading: FileReading): string {
  const { shapes } = reading
  const parts: string[] = []
  if (shapes.table) {
    const how = [...new Set(reading.tables.filter(Boolean))].join('; ')
    const tables = count(reading.tables.length, 'table')
    parts.push(`${tables}${how ? ` (${how})` : ''}, ${count(shapes.table, 'entry', 'entries')}`)
  }
  if (shapes.bullet) parts.push(count(shapes.bullet, 'bullet'))
  if (shapes.heading) parts.push(`${count(shapes.heading, 'heading')} (${reading.headingLevels.join(', ')})`)
  if (shapes.bold) parts.push(count(shapes.bold, 'bold paragraph'))
  if (shapes.deflist) parts.push(count(shapes.deflist, 'definition-list entry', 'definition-list entries'))
  if (shapes.plain) parts.push(count(shapes.plain, 'plain entry', 'plain entries'))
  if (shapes.details) parts.push(count(shapes.details, 'details entry', 'details entries'))
  const skipped = reading.skipped > 0 ? `; ${count(reading.skipped, 'block')} skipped` : ''
  return `${reading.file}: ${parts.join(', ') || 'no entries'}${skipped}`
}
