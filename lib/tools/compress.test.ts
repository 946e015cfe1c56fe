import { describe, expect, it } from 'vitest'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, constants, gunzipSync } from 'node:zlib'
// @ts-expect-error: a plain .mjs script without type declarations
import { brotliQuality, compressDir } from './compress.mjs'

describe('brotliQuality', () => {
  it.each([
    ['_next/static/chunks/app-0a1b2c.js', constants.BROTLI_MAX_QUALITY],
    ['_next/static/chunks/1cg-9b7dqw63p.css', constants.BROTLI_MAX_QUALITY],
    ['index.html', constants.BROTLI_MAX_QUALITY],
    ['graph.json', constants.BROTLI_MAX_QUALITY],
    ['graph-view.json', constants.BROTLI_MAX_QUALITY],
    ['graph.gexf', 5],
    ['graph.graphml', 5],
    ['term/rl/index.html', 5],
    ['term/rl/__next._full.txt', 5],
    ['health/index.html', 5],
  ])('%s → %i', (path, quality) => {
    expect(brotliQuality(path)).toBe(quality)
  })
})

describe('compressDir', () => {
  it('writes .gz and .br beside every text file worth it, the same bytes for the same content', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compress-'))
    const page = '<p>一个术语页面</p>\n'.repeat(200)
    mkdirSync(join(dir, 'term', 'rl'), { recursive: true })
    writeFileSync(join(dir, 'index.html'), page)
    // Next writes a page's payload twice, under two names.
    writeFileSync(join(dir, 'term', 'rl', 'index.txt'), page)
    writeFileSync(join(dir, 'term', 'rl', '__next._full.txt'), page)
    writeFileSync(join(dir, 'term', 'rl', 'index.html'), `${page}<p>其他</p>`)
    writeFileSync(join(dir, 'small.json'), '{}')
    writeFileSync(join(dir, 'picture.png'), page)

    const totals = await compressDir(dir)

    expect(totals.files).toBe(4)
    for (const file of [
      'index.html',
      'term/rl/index.txt',
      'term/rl/__next._full.txt',
      'term/rl/index.html',
    ]) {
      const raw = readFileSync(join(dir, file))
      expect(gunzipSync(readFileSync(join(dir, `${file}.gz`))), file).toEqual(raw)
      expect(brotliDecompressSync(readFileSync(join(dir, `${file}.br`))), file).toEqual(raw)
    }
    expect(readFileSync(join(dir, 'term/rl/__next._full.txt.br'))).toEqual(
      readFileSync(join(dir, 'term/rl/index.txt.br')),
    )
    // Too small to gain, or not text.
    expect(existsSync(join(dir, 'small.json.gz'))).toBe(false)
    expect(existsSync(join(dir, 'picture.png.br'))).toBe(false)
  })
})
