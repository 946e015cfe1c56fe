/**
 * `npm run bench [-- --only extract|browser|serve] [--sizes bundled,1000,10000,50000] [--markdown]
 * [--reuse] [--lighthouse <runs>] [--startup <runs>] [--dev-save <runs>] [--requests <n>]
 * [--connections <n>]`. The extraction part also times `npm run extract` by the wall clock on the
 * bundled and a 500-term glossary (`--startup`, 5 alternating rounds; 0 skips) and a save under
 * `npm run dev` until it shows in the open page (`--dev-save`, 5 saves; 0 skips). Browser sizes
 * default to bundled,5000; --sizes applies to whichever part runs. Lighthouse (mobile) scores the
 * bundled site's `/` and a term page, median of 3 runs unless `--lighthouse` says otherwise (0
 * skips it). `--only serve` loads the static server on the built out/ (serve-bench.ts; --requests
 * per path, default 20000, at --connections, default 100).
 * Extraction sizes first, then the browser benchmark. Not part of `npm test`: it takes minutes.
 */
import { parseArgs } from 'node:util'
import { cpus, loadavg } from 'node:os'
import { benchExtract, extractTable } from './extract-bench'
import { fmt } from './table'
import { runMain } from './run-main'

const DEFAULT_SIZES = 'bundled,1000,10000,50000'

function parseSizes(text: string): Array<number | 'bundled'> {
  return text.split(',').map((s) => {
    const trimmed = s.trim()
    if (trimmed === 'bundled') return 'bundled'
    const n = Number(trimmed.replace(/k$/i, '000'))
    if (!Number.isInteger(n) || n < 1)
      throw new Error(`bench: bad size "${trimmed}" (use bundled or a number)`)
    return n
  })
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      sizes: { type: 'string' },
      markdown: { type: 'boolean', default: false },
      // Reuse the sites built by an earlier run instead of rebuilding (a build takes minutes).
      reuse: { type: 'boolean', default: false },
      lighthouse: { type: 'string', default: '3' },
      startup: { type: 'string', default: '5' },
      'dev-save': { type: 'string', default: '5' },
      requests: { type: 'string' },
      connections: { type: 'string' },
    },
  })
  const only = values.only
  if (only !== undefined && only !== 'extract' && only !== 'browser' && only !== 'serve') {
    console.error(`bench: --only must be extract, browser or serve, got "${only}"`)
    return 2
  }
  if (only === 'serve') return (await import('./serve-bench')).serveBenchMain(values)
  if (only !== 'browser') {
    const rows = benchExtract(parseSizes(values.sizes ?? DEFAULT_SIZES))
    console.log(`\nExtraction\n\n${extractTable(rows, values.markdown)}\n`)
    const startupRuns = Number(values.startup)
    if (startupRuns > 0) {
      const { benchStartup, startupTable } = await import('./startup-bench')
      const startup = benchStartup(['bundled', 500], startupRuns)
      console.log(`Start-up included (wall clock, median)\n\n${startupTable(startup, values.markdown)}\n`)
    }
    const saves = Number(values['dev-save'])
    if (saves > 0) {
      const { benchDevSave } = await import('./dev-save')
      const result = await benchDevSave(saves)
      const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? NaN
      console.log(
        `Dev save (npm run dev, bundled glossary): save → new term in the open page ${fmt(median(result.savesMs))} ms (median of ${saves}; ${result.savesMs.map((ms) => fmt(ms)).join(', ')}), of which extraction ${fmt(median(result.extractedMs))} ms\n`,
      )
    }
    console.log(
      `load average: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(', ')} on ${cpus().length} cores`,
    )
  }
  if (only !== 'extract') {
    const { benchBrowser, browserTable, lighthouseTable } = await import('./browser-bench')
    const runs = Number(values.lighthouse)
    if (!Number.isInteger(runs) || runs < 0) {
      console.error(`bench: --lighthouse must be a number of runs, got "${values.lighthouse}"`)
      return 2
    }
    const sizes = values.sizes ? parseSizes(values.sizes) : ['bundled' as const, 5000]
    const rows = await benchBrowser(sizes, values.reuse, runs)
    console.log(`\nBrowser\n\n${browserTable(rows, values.markdown)}\n`)
    if (runs > 0) console.log(`Lighthouse (mobile)\n\n${lighthouseTable(rows, values.markdown)}\n`)
    console.log(
      `load average: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(', ')} on ${cpus().length} cores`,
    )
  }
  return 0
}

runMain(main)
