/**
 * The few lines the CLI prints after a successful extraction.
 */
import type { GlossaryGraph } from '../graph/build'
import type { Diagnostic } from '../diagnostics'

export function summarize(
  graph: GlossaryGraph,
  diagnostics: readonly Diagnostic[],
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
    `extract: ${terms} terms, ${concepts.length} concepts, edges: ${edges}; ${warnings} warning(s)${notes > 0 ? `, ${notes} note(s)` : ''}`,
    concepts.length > 0 ? `concepts: ${shown}` : 'concepts: none',
    `wrote ${out} (${(bytes / 1024).toFixed(1)} KiB)`,
  ].join('\n')
}
