/**
 * What an author waits for, start-up included: `npm run extract` timed by the wall clock, for the
 * bundled glossary and synthetic ones. Four ways per glossary, alternating so that load from
 * other work falls on all of them alike:
 * - "npm run extract": the bundle, with the word tables cached (every run after the first);
 * - "node": the same without npm's own start-up (`node lib/tools/extract.mjs`);
 * - "first run": `node lib/tools/extract.mjs` just after a fresh install, with the bundle and the
 *   sorted word tables (node_modules/.cache/glossary-extractor) still to build;
 * - "tsx, from source": `tsx lib/extractor/cli/extract.ts` (tsx's binary, no npm), how
 *   `npm run extract` ran before it had a bundle, TypeScript compiled by tsx at every start.
 * Also the dev server's figure: a save to the new term in the open page (dev-save.ts).
 */
import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { syntheticGlossary, TMP } from './extract-bench'
import { fmt, formatTable } from './table'

export interface StartupRow {
  name: string
  /** Median wall-clock milliseconds per way of running. */
  npmMs: number
  bundleMs: number
  firstRunMs: number
  tsxMs: number
}

const WAYS = {
  npm: ['npm', 'run', '-s', 'extract', '--'],
  bundle: [process.execPath, 'lib/tools/extract.mjs'],
  tsx: ['node_modules/.bin/tsx', 'lib/extractor/cli/extract.ts'],
} as const

/** Everything a fresh install has not built yet: the bundle and the sorted word tables. */
function forgetCaches(): void {
  rmSync('lib/extractor/.dist', { recursive: true, force: true })
  rmSync('node_modules/.cache/glossary-extractor', { recursive: true, force: true })
}

function timeRun(command: readonly string[], glossary: string, out: string): number {
  const [bin = 'npm', ...args] = command
  const started = performance.now()
  const run = spawnSync(bin, [...args, '--glossary', glossary, '--out', out, '--quiet'], {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  const ms = performance.now() - started
  // Warnings (a synthetic glossary's planted misspellings) are fine; a failed run is not.
  if (run.status !== 0) throw new Error(`startup-bench: ${command.join(' ')} ${glossary}: ${run.stderr}`)
  return ms
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN

/** `runs` alternating rounds per glossary (two first runs: each one rebuilds everything). */
export function benchStartup(sizes: ReadonlyArray<number | 'bundled'>, runs = 5): StartupRow[] {
  return sizes.map((size) => {
    const glossary = size === 'bundled' ? 'glossary' : syntheticGlossary(size)
    const out = join(TMP, `startup-${size}`, 'graph.json')
    const times = { npm: [] as number[], bundle: [] as number[], first: [] as number[], tsx: [] as number[] }
    // Warm both ways up once: tsx's compile cache, the page cache.
    timeRun(WAYS.tsx, glossary, out)
    timeRun(WAYS.bundle, glossary, out)
    for (let i = 0; i < runs; i++) {
      if (i < 2) {
        forgetCaches()
        times.first.push(timeRun(WAYS.bundle, glossary, out))
      }
      times.npm.push(timeRun(WAYS.npm, glossary, out))
      times.bundle.push(timeRun(WAYS.bundle, glossary, out))
      times.tsx.push(timeRun(WAYS.tsx, glossary, out))
    }
    const name = size === 'bundled' ? 'bundled' : `N=${size}`
    console.error(`startup-bench: ${name} ${fmt(median(times.npm))} ms`)
    return {
      name,
      npmMs: median(times.npm),
      bundleMs: median(times.bundle),
      firstRunMs: median(times.first),
      tsxMs: median(times.tsx),
    }
  })
}

export function startupTable(rows: readonly StartupRow[], markdown = false): string {
  return formatTable(
    ['glossary', 'npm run extract ms', 'node ms', 'first run after install ms', 'tsx, from source ms'],
    rows.map((r) => [r.name, fmt(r.npmMs), fmt(r.bundleMs), fmt(r.firstRunMs), fmt(r.tsxMs)]),
    markdown,
  )
}
