import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ENVIRONMENT, readEnv } from './settings'

const ROOT = join(import.meta.dirname, '..', '..')
const SKIP = new Set([
  'node_modules',
  '.next',
  '.git',
  'out',
  'out-fixture',
  'out-map',
  'scratch',
  '.tmp',
  'public',
])

/** Every source file of the repository that can read the environment. */
function sources(dir = ROOT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : sources(path)
    return /\.(ts|tsx|mjs|js)$/.test(entry.name) || entry.name === 'package.json' ? [path] : []
  })
}

/** Variables set by the platform, not by this project: Next (NODE_ENV), npm, the shell. */
const PLATFORM = new Set(['NODE_ENV', 'npm_lifecycle_event', 'TMPDIR'])

interface Read {
  name: string
  where: string
  /** The literal used when it is unset, when the read names one. */
  fallback?: string
}

/**
 * `process.env.NAME [|| 'fallback']`, `readEnv('NAME')`, package.json's `${NAME:-fallback}` and
 * tables of variable names read by key (`LIMIT_VARIABLES = Object.freeze({ key: 'NAME' })`).
 */
function readsIn(path: string): Read[] {
  const text = readFileSync(path, 'utf8')
  const where = relative(ROOT, path)
  const reads: Read[] = []
  for (const m of text.matchAll(/process\.env\.(\w+)(?:\s*\|\|\s*(?:'([^']*)'|"([^"]*)"|(\d+)\b))?/g))
    reads.push({ name: m[1] ?? '', where, fallback: m[2] ?? m[3] ?? m[4] })
  for (const m of text.matchAll(/readEnv\('(\w+)'\)/g)) reads.push({ name: m[1] ?? '', where })
  for (const table of text.matchAll(/_VARIABLES = Object\.freeze\(\{([^}]*)\}\)/g))
    for (const m of (table[1] ?? '').matchAll(/:\s*'([A-Z][A-Z0-9_]*)'/g))
      reads.push({ name: m[1] ?? '', where })
  if (path.endsWith('package.json'))
    for (const m of text.matchAll(/\$\{(\w+):-([^}]*)\}/g))
      reads.push({ name: m[1] ?? '', where, fallback: m[2] })
  return reads
}

const reads = sources()
  .filter((path) => !path.endsWith('settings.test.ts'))
  .flatMap(readsIn)
  .filter((r) => !PLATFORM.has(r.name))

describe('settings', () => {
  it('finds the reads it checks', () => {
    expect(reads.length).toBeGreaterThan(10)
  })

  it.each(reads.map((r) => [r.name, r.where, r]))('%s (read in %s) is documented', (name) => {
    expect(Object.keys(ENVIRONMENT)).toContain(name)
  })

  it.each(reads.filter((r) => r.fallback !== undefined).map((r) => [r.name, r.where, r.fallback]))(
    '%s falls back in %s as documented',
    (name, _where, fallback) => {
      const documented: Record<string, { fallback: string }> = ENVIRONMENT
      expect(fallback).toBe(documented[name]?.fallback)
    },
  )

  it.each(Object.keys(ENVIRONMENT))('%s is read somewhere and listed in the README', (name) => {
    expect(reads.map((r) => r.name)).toContain(name)
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(`\`${name}\``)
  })

  it('reads a variable, or its fallback when it is unset or empty', () => {
    const saved = process.env.PORT
    try {
      process.env.PORT = '8080'
      expect(readEnv('PORT')).toBe('8080')
      process.env.PORT = ''
      expect(readEnv('PORT')).toBe('3000')
      delete process.env.PORT
      expect(readEnv('PORT')).toBe('3000')
    } finally {
      if (saved === undefined) delete process.env.PORT
      else process.env.PORT = saved
    }
  })
})
