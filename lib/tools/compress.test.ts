import { describe, expect, it } from 'vitest'
import { constants } from 'node:zlib'
// @ts-expect-error: a plain .mjs script without type declarations
import { brotliQuality } from './compress.mjs'

describe('brotliQuality', () => {
  it.each([
    ['_next/static/chunks/app-0a1b2c.js', constants.BROTLI_MAX_QUALITY],
    ['_next/static/chunks/1cg-9b7dqw63p.css', constants.BROTLI_MAX_QUALITY],
    ['index.html', constants.BROTLI_MAX_QUALITY],
    ['graph.json', constants.BROTLI_MAX_QUALITY],
    ['term/rl/index.html', 5],
    ['term/rl/__next._full.txt', 5],
    ['health/index.html', 5],
  ])('%s → %i', (path, quality) => {
    expect(brotliQuality(path)).toBe(quality)
  })
})
