/**
 * `npm run extract -- --glossary <file|dir> --out <file>`
 * Reads the glossary (a directory means every *.md in it, plus concepts.txt if present),
 * writes graph.json (and the lean graph-view.json beside it for the explorer), prints diagnostics as `path:line: severity: message` and a summary.
 * Notes (how a file was decoded) print only with --verbose.
 * Exits 1 when the glossary has errors, 2 on bad usage or an unreadable path.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { parseArgs } from 'node:util'
import { extract, serializeGraph, serializeViewGraph, viewGraphPath } from '../extract'
import { formatDiagnostic } from '../diagnostics'
import { readGlossary } from './read-glossary'
import { summarize } from './summary'

function main(): number {
  let options: { glossary: string; out: string; concepts?: string; quiet: boolean; verbose: boolean }
  try {
    const { values } = parseArgs({
      options: {
        glossary: { type: 'string', default: 'glossary' },
        out: { type: 'string', default: 'public/graph.json' },
        concepts: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
      },
    })
    const { glossary, out, concepts, quiet, verbose } = values
    options = { glossary, out, concepts, quiet, verbose }
  } catch (error) {
    console.error(`extract: ${error instanceof Error ? error.message : String(error)}`)
    console.error('usage: npm run extract -- [--glossary <file|dir>] [--out <file>] [--concepts <file>]')
    return 2
  }

  const input = readGlossary(options.glossary, options.concepts)
  if ('error' in input) {
    console.error(`extract: ${input.error}`)
    return 2
  }
  const result = extract(input)
  for (const diagnostic of result.diagnostics) {
    // Notes account for what was done on purpose (a file decoded as GB18030): only on request.
    if (diagnostic.severity !== 'note' || options.verbose) console.error(formatDiagnostic(diagnostic))
  }
  if (!result.graph) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length
    console.error(`extract: ${errors} error(s) in ${options.glossary}; ${options.out} was not written`)
    return 1
  }
  mkdirSync(dirname(options.out), { recursive: true })
  const json = serializeGraph(result.graph)
  writeFileSync(options.out, json)
  writeFileSync(viewGraphPath(options.out), serializeViewGraph(result.graph))
  if (!options.quiet) console.log(summarize(result.graph, result.diagnostics, options.out, json.length))
  return 0
}

process.exitCode = main()
