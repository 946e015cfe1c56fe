/**
 * Post-build step: writes `<file>.gz` and `<file>.br` beside every text asset of a static export,
 * so lib/tools/serve.mjs can send them precompressed (chosen by Accept-Encoding) instead of
 * compressing on each request. Usage: node lib/tools/compress.mjs [dir] (default $SITE_OUT_DIR or out).
 */
import { createHash } from 'node:crypto'
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { availableParallelism } from 'node:os'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

const gzipAsync = promisify(gzip)
const brotliAsync = promisify(brotliCompress)

/** Extensions worth compressing; images and fonts are compressed already. */
export const TEXT_EXTENSIONS = [
  'html',
  'js',
  'css',
  'json',
  'svg',
  'txt',
  'xml',
  'map',
  'gexf',
  'graphml',
  'webmanifest',
]

/** Below this size the Content-Encoding header costs about what compression saves. */
export const MIN_BYTES = 1024

/** Every file under a directory, depth first. */
function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* files(path)
    else if (entry.isFile()) yield path
  }
}

const isText = (path) => TEXT_EXTENSIONS.some((ext) => path.endsWith(`.${ext}`))

/**
 * Brotli quality for a file (`rel`: its path inside the site). What every visitor downloads (the
 * framework's chunks and styles, the top-level pages, graph.json) gets the maximum. A page of its
 * own route directory (one per term: `term/<slug>/index.html` and its RSC payloads) gets quality
 * 5: on 5,000 terms, maximum quality spent 11 of a build's 15 minutes to make those files 2 %
 * smaller (17.1 % of their size instead of 19.2 %). So do the exports no page loads (GEXF,
 * GraphML: downloads for Gephi and yEd): at 5,000 terms the maximum took 26 s of CPU for them.
 */
export function brotliQuality(rel) {
  const parts = rel.split(/[\\/]/)
  if (EXPORTS.some((ext) => rel.endsWith(`.${ext}`))) return PER_PAGE_QUALITY
  if (parts[0] === '_next' || parts.length === 1) return constants.BROTLI_MAX_QUALITY
  return PER_PAGE_QUALITY
}
const EXPORTS = ['gexf', 'graphml']
const PER_PAGE_QUALITY = 5

/** Brotli and gzip calls in flight: zlib's asynchronous calls run on libuv's thread pool, so every core works. */
const IN_FLIGHT = Math.max(2, availableParallelism())

/**
 * Compresses the text assets under `dir` (gzip at its maximum level, brotli by brotliQuality),
 * biggest first so no large file is left running alone at the end. A file with the same bytes
 * and quality as one already compressed gets copies of that one's results: Next writes every
 * page's RSC payload twice (`index.txt` and `__next._full.txt`). Resolves to byte totals so the
 * caller can report the ratios.
 */
export async function compressDir(dir) {
  const jobs = []
  for (const path of files(dir)) {
    if (!isText(path)) continue
    const size = statSync(path).size
    if (size >= MIN_BYTES) jobs.push({ path, size })
  }
  jobs.sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : 1))
  const totals = { files: 0, raw: 0, gzip: 0, brotli: 0 }
  // Compressed once per content and quality: the first file's path, once its results are written.
  const done = new Map()
  const compressOne = async ({ path }) => {
    const raw = readFileSync(path)
    const quality = brotliQuality(relative(dir, path))
    const key = `${quality}:${createHash('sha1').update(raw).digest('hex')}`
    const first = done.get(key)
    let sizes
    if (first) {
      const { from, gzip, brotli } = await first
      copyFileSync(`${from}.gz`, `${path}.gz`)
      copyFileSync(`${from}.br`, `${path}.br`)
      sizes = { gzip, brotli }
    } else {
      const compressed = (async () => {
        const [gz, br] = await Promise.all([
          gzipAsync(raw, { level: 9 }),
          brotliAsync(raw, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: quality,
              [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
              [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            },
          }),
        ])
        writeFileSync(`${path}.gz`, gz)
        writeFileSync(`${path}.br`, br)
        return { from: path, gzip: gz.length, brotli: br.length }
      })()
      done.set(key, compressed)
      sizes = await compressed
    }
    totals.files += 1
    totals.raw += raw.length
    totals.gzip += sizes.gzip
    totals.brotli += sizes.brotli
  }
  let next = 0
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]
      if (job) await compressOne(job)
    }
  }
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker))
  return totals
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] || process.env.SITE_OUT_DIR || 'out'
  try {
    statSync(join(dir, 'index.html'))
  } catch {
    console.error(`compress: ${dir}/index.html not found; run next build first`)
    process.exit(1)
  }
  const t = await compressDir(dir)
  const pct = (n) => `${((100 * n) / Math.max(1, t.raw)).toFixed(0)} %`
  const kib = (n) => `${(n / 1024).toFixed(0)} KiB`
  console.log(
    `compress: ${t.files} files in ${relative('.', dir) || '.'}/, ${kib(t.raw)} → gzip ${kib(t.gzip)} (${pct(t.gzip)}), brotli ${kib(t.brotli)} (${pct(t.brotli)})`,
  )
}
