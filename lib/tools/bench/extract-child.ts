/**
 * One extraction run in its own process, so peak memory (maxRSS) belongs to that size alone.
 * Prints one JSON line: stage timings, read/write/total milliseconds, output bytes, maxRSS.
 *
 *   node --import tsx lib/tools/bench/extract-child.ts <glossary file|dir> <out file>
 */
import { writeFileSync } from 'node:fs'
import { readGlossary } from '../../extractor/cli/read-glossary'
import { extract, serializeGraph } from '../../extractor/extract'

function main(): number {
  const [glossary, out] = process.argv.slice(2)
  if (!glossary || !out) {
    console.error('extract-child: usage: extract-child.ts <glossary> <out>')
    return 2
  }
  const start = performance.now()
  const input = readGlossary(glossary, { maxBytes: Infinity })
  if ('error' in input) {
    console.error(`extract-child: ${input.error}`)
    return 2
  }
  const read = performance.now() - start
  const result = extract(input)
  if (!result.graph) {
    console.error(
      `extract-child: ${glossary} has errors: ${result.diagnostics
        .slice(0, 3)
        .map((d) => d.message)
        .join('; ')}`,
    )
    return 1
  }
  const writeStart = performance.now()
  const json = serializeGraph(result.graph)
  writeFileSync(out, json)
  const write = performance.now() - writeStart
  const report = {
    terms: result.graph.filterNodes((_, a) => a.kind === 'term').length,
    nodes: result.graph.order,
    edges: result.graph.size,
    warnings: result.diagnostics.length,
    timings: { read, ...result.timings, write },
    total: performance.now() - start,
    bytes: Buffer.byteLength(json),
    // resourceUsage().maxRSS is in kilobytes.
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  }
  console.log(JSON.stringify(report))
  return 0
}

process.exitCode = main()
