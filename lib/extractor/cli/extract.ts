/**
 * `npm run extract -- --glossary <file|dir> --out <file>`
 * Reads the glossary (a directory means every *.md in it, plus concepts.txt if present),
 * writes graph.json (and beside it the lean graph-view.json for the explorer, graph.gexf, graph.graphml
 * and build-report.json), prints diagnostics as `path:line: severity: message` and a summary.
 * `--verbose` also prints the notes (blocks skipped and why); `--strict` makes every warning fatal.
 * `--map-above <terms>` (or MAP_ABOVE): above this many terms the overview is a map of the groups
 * (default 2000).
 * Exits 1 when the glossary has errors (or warnings with --strict), 2 on bad usage or an unreadable path.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { extract, serializeGraph, serializeViewGraph, viewGraphPath } from '../extract'
import { buildReport, formatDiagnostic } from '../diagnostics'
import { readGlossary } from './read-glossary'
import { toGexf } from '../export/gexf'
import { toGraphml } from '../export/graphml'
import { summarize } from './summary'
import { readEnv } from '../../format/settings'

function main(): number {
  let options: {
    glossary: string
    out: string
    concepts?: string
    mapAbove: number
    quiet: boolean
    strict: boolean
    verbose: boolean
  }
  try {
    const { values } = parseArgs({
      options: {
        glossary: { type: 'string', default: 'glossary' },
        out: { type: 'string', default: 'public/graph.json' },
        concepts: { type: 'string' },
        // MAP_ABOVE reaches it through `npm run build` and `npm run dev`, as GLOSSARY does.
        'map-above': { type: 'string', default: readEnv('MAP_ABOVE') },
        quiet: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
      },
    })
    const mapAbove = Number(values['map-above'])
    if (!Number.isInteger(mapAbove) || mapAbove < 0)
      throw new Error(`--map-above wants a number of terms (0 or more), not "${values['map-above']}"`)
    options = { ...values, concepts: values.concepts, mapAbove }
  } catch (error) {
    console.error(`extract: ${error instanceof Error ? error.message : String(error)}`)
    console.error(
      'usage: npm run extract -- [--glossary <file|dir>] [--out <file>] [--concepts <file>] [--map-above <terms>] [--strict] [--verbose] [--quiet]',
    )
    return 2
  }

  const input = readGlossary(options.glossary, options.concepts)
  if ('error' in input) {
    console.error(`extract: ${input.error}`)
    return 2
  }
  const result = extract({ ...input, layout: { ...input.layout, mapThreshold: options.mapAbove } })
  for (const diagnostic of result.diagnostics) {
    if (diagnostic.severity !== 'note' || options.verbose) console.error(formatDiagnostic(diagnostic))
  }
  const count = (severity: string) => result.diagnostics.filter((d) => d.severity === severity).length
  const json = result.graph && serializeGraph(result.graph)
  // Written even when the build fails: the dev overlay and the health page show what went wrong.
  mkdirSync(dirname(options.out), { recursive: true })
  const hash = json && createHash('sha1').update(json).digest('hex')
  writeFileSync(
    join(dirname(options.out), 'build-report.json'),
    `${JSON.stringify(buildReport(result.diagnostics, hash))}\n`,
  )
  if (!result.graph || !json) {
    console.error(
      `extract: ${count('error')} error(s) in ${options.glossary}; ${options.out} was not written`,
    )
    return 1
  }
  if (options.strict && count('warning') > 0) {
    console.error(
      `extract: ${count('warning')} warning(s) in ${options.glossary} are fatal with --strict; ${options.out} was not written`,
    )
    return 1
  }
  writeFileSync(options.out, json)
  writeFileSync(viewGraphPath(options.out), serializeViewGraph(result.graph))
  // For Gephi and yEd: `graph.json` → `graph.gexf`, `graph.graphml` beside it.
  writeFileSync(options.out.replace(/(\.json)?$/, '.gexf'), toGexf(result.graph))
  writeFileSync(options.out.replace(/(\.json)?$/, '.graphml'), toGraphml(result.graph))
  if (!options.quiet)
    console.log(summarize(result.graph, result.diagnostics, result.readings, options.out, json.length))
  return 0
}

process.exitCode = main()
