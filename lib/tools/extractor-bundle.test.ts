import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain .mjs script without type declarations
import { isStale, watchedFile } from './extractor-bundle.mjs'

describe('watchedFile', () => {
  it.each([
    ['lib/extractor/extract.ts', 'lib/extractor/extract.ts'],
    ['node_modules/graphology/dist/graphology.mjs', 'node_modules/graphology/package.json'],
    ['node_modules/@xmldom/xmldom/lib/dom.js', 'node_modules/@xmldom/xmldom/package.json'],
    [
      'node_modules/mdast-util-frontmatter/node_modules/escape-string-regexp/index.js',
      'node_modules/mdast-util-frontmatter/node_modules/escape-string-regexp/package.json',
    ],
  ])('%s is watched as %s', (input, watched) => {
    expect(watchedFile(input)).toBe(watched)
  })
})

describe('isStale', () => {
  const PAST = new Date('2001-01-01T00:00:00Z')
  const FUTURE = new Date(Date.now() + 3_600_000)

  /** A repository with two inputs and a bundle written at `builtAt`. */
  function setup(builtAt: Date, inputs = ['lib/a.ts', 'node_modules/p/package.json']) {
    const root = mkdtempSync(join(tmpdir(), 'bundle-stale-'))
    mkdirSync(join(root, 'lib'))
    mkdirSync(join(root, 'node_modules/p'), { recursive: true })
    writeFileSync(join(root, 'lib/a.ts'), 'export {}')
    writeFileSync(join(root, 'node_modules/p/package.json'), '{}')
    const bundle = join(root, 'extract.mjs')
    const list = join(root, 'inputs.json')
    writeFileSync(bundle, '')
    writeFileSync(list, JSON.stringify(inputs))
    utimesSync(bundle, builtAt, builtAt)
    return { root, bundle, list }
  }

  it('is fresh when the bundle was written after every input', () => {
    const { root, bundle, list } = setup(FUTURE)
    expect(isStale(bundle, list, root)).toBe(false)
  })

  it('is stale when an input changed after the bundle', () => {
    const { root, bundle, list } = setup(PAST)
    expect(isStale(bundle, list, root)).toBe(true)
  })

  it('is stale when an input is gone', () => {
    const { root, bundle, list } = setup(FUTURE)
    rmSync(join(root, 'lib/a.ts'))
    expect(isStale(bundle, list, root)).toBe(true)
  })

  it.each([
    ['the bundle is missing', (f: { bundle: string; list: string }) => rmSync(f.bundle)],
    ['the input list is missing', (f: { bundle: string; list: string }) => rmSync(f.list)],
    ['the input list is not JSON', (f: { bundle: string; list: string }) => writeFileSync(f.list, '[')],
    ['the input list is empty', (f: { bundle: string; list: string }) => writeFileSync(f.list, '[]')],
  ])('is stale when %s', (_what, spoil) => {
    const files = setup(FUTURE)
    spoil(files)
    // Rewriting the list must not count as a newer input: the bundle's time is the future.
    expect(isStale(files.bundle, files.list, files.root)).toBe(true)
  })
})
