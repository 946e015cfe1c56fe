/**
 * Extraction benchmark: for the bundled glossary and synthetic glossaries of N terms, runs
 * the extractor in a child process per size (so each size's peak memory is its own) and
 * prints time per stage, total, peak RSS and output size, plus time(10k) / time(1k).
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { generateGlossary } from './generate'
import { fmt, formatTable } from './table'

export const TMP = 'lib/tools/bench/.tmp'
const STAGES = [
  'read',
  'parse',
  'link',
  'concepts',
  'relations',
  'graph',
  'metrics',
  'layout',
  'search',
  'write',
] as const

export interface ExtractRow {
  name: string
  terms: number
  nodes: number
  edges: number
  timings: Record<string, number>
  total: number
  bytes: number
  maxRssMB: number
}

/** A synthetic glossary directory for `terms`, with the bundled curated concepts beside it. */
export function syntheticGlossary(terms: number): string {
  const dir = join(TMP, `glossary-${terms}`)
  const file = join(dir, 'glossary.md')
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true })
    writeFileSync(file, generateGlossary({ terms, seed: 'bench' }))
    copyFileSync('glossary/concepts.txt', join(dir, 'concepts.txt'))
  }
  return dir
}

function runChild(glossary: string, out: string): ExtractRow | string {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'lib/tools/bench/extract-child.ts', glossary, out],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  )
  if (child.status !== 0)
    return `exit ${child.status}: ${child.stderr.trim().split('\n').slice(-3).join(' / ')}`
  const last = child.stdout.trim().split('\n').at(-1) ?? ''
  return parseReport(glossary, JSON.parse(last))
}

/** Validates the child's JSON report (no casts on parsed data). */
function parseReport(name: string, data: unknown): ExtractRow | string {
  if (typeof data !== 'object' || data === null) return 'report is not an object'
  const get = (key: string): unknown => (key in data ? Reflect.get(data, key) : undefined)
  const num = (key: string): number => {
    const value = get(key)
    return typeof value === 'number' ? value : NaN
  }
  const timings: Record<string, number> = {}
  const raw = get('timings')
  if (typeof raw === 'object' && raw !== null) {
    for (const [stage, value] of Object.entries(raw)) if (typeof value === 'number') timings[stage] = value
  }
  return {
    name,
    terms: num('terms'),
    nodes: num('nodes'),
    edges: num('edges'),
    timings,
    total: num('total'),
    bytes: num('bytes'),
    maxRssMB: num('maxRssMB'),
  }
}

/** Runs each size `repeat` times (fewer for big sizes) and keeps the run with the median total. */
export function benchExtract(sizes: ReadonlyArray<number | 'bundled'>, repeat = 3): ExtractRow[] {
  mkdirSync(TMP, { recursive: true })
  const rows: ExtractRow[] = []
  for (const size of sizes) {
    const glossary = size === 'bundled' ? 'glossary' : syntheticGlossary(size)
    const runs: ExtractRow[] = []
    const times = size !== 'bundled' && size >= 10_000 ? 1 : repeat
    for (let i = 0; i < times; i++) {
      const row = runChild(glossary, join(TMP, `graph-${size}.json`))
      if (typeof row === 'string') throw new Error(`extract-bench: ${glossary}: ${row}`)
      runs.push({ ...row, name: size === 'bundled' ? 'bundled' : `N=${size}` })
    }
    runs.sort((a, b) => a.total - b.total)
    const median = runs[Math.floor(runs.length / 2)]
    if (median) rows.push(median)
    if (median) console.error(`extract-bench: ${median.name} ${fmt(median.total)} ms`)
  }
  return rows
}

export function extractTable(rows: readonly ExtractRow[], markdown = false): string {
  const header = [
    'glossary',
    'terms',
    'nodes',
    'edges',
    ...STAGES.map((s) => `${s} ms`),
    'total ms',
    'peak RSS MB',
    'graph.json KiB',
  ]
  const body = rows.map((r) => [
    r.name,
    fmt(r.terms),
    fmt(r.nodes),
    fmt(r.edges),
    ...STAGES.map((s) => fmt(r.timings[s])),
    fmt(r.total),
    fmt(r.maxRssMB),
    fmt(r.bytes / 1024),
  ])
  const lines = [formatTable(header, body, markdown)]
  const small = rows.find((r) => r.name === 'N=1000')
  const large = rows.find((r) => r.name === 'N=10000')
  if (small && large)
    lines.push(
      '',
      `time(10k) / time(1k) = ${fmt(large.total / small.total, 1)} (target ≤ 12); 10k total ${fmt(large.total / 1000, 1)} s (target < 10 s)`,
    )
  return lines.join('\n')
}
