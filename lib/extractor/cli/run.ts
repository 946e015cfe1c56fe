/**
 * The extract command as a function of its arguments: `extract.ts` runs it once per process,
 * and `npm run dev` keeps one process that runs it again on every save (lib/tools/dev-extract.mjs),
 * so the dictionaries and models it loads are loaded once.
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

/** Runs `npm run extract` with `args` (the command line after the script name); the exit status. */
export function runCli(args: readonly string[]): number {
  let options: {
    glossary: string
    out: string
    concepts?: string
    mapAbove: number
    maxBytes: number
    quiet: boolean
    strict: boolean
    verbose: boolean
  }
  try {
    const { values } = parseArgs({
      args: [...args],
      options: {
        glossary: { type: 'string', default: 'glossary' },
        out: { type: 'string', default: 'public/graph.json' },
        concepts: { type: 'string' },
        // MAP_ABOVE reaches it through `npm run build` and `npm run dev`, as GLOSSARY does.
        'map-above': { type: 'string', default: readEnv('MAP_ABOVE') },
        'max-size': { type: 'string', default: readEnv('GLOSSARY_MAX_SIZE') },
        quiet: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
      },
    })
    const mapAbove = Number(values['map-above'])
    if (!Number.isInteger(mapAbove) || mapAbove < 0)
      throw new Error(`--map-above wants a number of terms (0 or more), not "${values['map-above']}"`)
    const maxSize = Number(values['max-size'])
    if (!(maxSize > 0))
      throw new Error(`--max-size wants a number of megabytes (more than 0), not "${values['max-size']}"`)
    options = { ...values, concepts: values.concepts, mapAbove, maxBytes: maxSize * 1e6 }
  } catch (error) {
    console.error(`extract: ${error instanceof Error ? error.message : String(error)}`)
    console.error(
      'usage: npm run extract -- [--glossary <file|dir>] [--out <file>] [--concepts <file>] [--map-above <terms>] [--max-size <MB>] [--strict] [--verbose] [--quiet]',
    )
    return 2
  }

  const input = readGlossary(options.glossary, {
    ...(options.concepts ? { concepts: options.concepts } : {}),
    maxBytes: options.maxBytes,
  })
  if ('error' in input) {
    console.error(`extract: ${input.error}`)
    return 2
  }
  const result = extract({
    ...input,
    layout: { ...input.layout, mapThreshold: options.mapAbove },
    ...(input.bytes >= PROGRESS_BYTES ? { onStage: progress(input.bytes) } : {}),
  })
  for (const diagnostic of result.diagnostics) {
    if (diagnostic.severity !== 'note' || options.verbose) console.error(formatDiagnostic(diagnostic))
  }
  const count = (severity: string) => result.diagnostics.filter((d) => d.severity === severity).length
  const json = result.graph && serializeGraph(result.graph)
  mkdirSync(dirname(options.out), { recursive: true })
  const hash = json && createHash('sha1').update(json).digest('hex')
  // Written even when the build fails: the dev overlay and the health page show what went wrong.
  // On success it is written last, so a page that sees a new graph's hash finds that graph.
  const writeReport = () =>
    writeFileSync(
      join(dirname(options.out), 'build-report.json'),
      `${JSON.stringify(buildReport(result.diagnostics, hash))}\n`,
    )
  if (!result.graph || !json) {
    writeReport()
    console.error(
      `extract: ${count('error')} error(s) in ${options.glossary}; ${options.out} was not written`,
    )
    return 1
  }
  if (options.strict && count('warning') > 0) {
    writeReport()
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
  writeReport()
  if (!options.quiet)
    console.log(summarize(result.graph, result.diagnostics, result.readings, options.out, json.length))
  return 0
}

/** A glossary this big takes long enough (seconds to minutes) to say what it is doing. */
const PROGRESS_BYTES = 1e6

/** Prints each stage once, as it starts, with the time so far. */
function progress(bytes: number): (stage: string) => void {
  const start = performance.now()
  let last = ''
  console.error(`extract: reading ${(bytes / 1e6).toFixed(1)} MB of glossary`)
  return (stage) => {
    if (stage === last) return
    last = stage
    console.error(`extract: ${stage}… (${((performance.now() - start) / 1000).toFixed(1)} s)`)
  }
}
