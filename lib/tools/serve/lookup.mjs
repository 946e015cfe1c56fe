/**
 * Finds the file a request path names, on disk at the moment of the request (no table built at
 * start), so files a rebuild adds, removes or rewrites are seen at once. Every candidate's real
 * path must stay inside the served directory: a symbolic link that leaves it is not served, and a
 * broken one is a one-line warning (once per path). Plain JavaScript for lib/tools/serve.mjs.
 *
 * The calls are synchronous on purpose: on a local disk each takes a few microseconds, while a
 * trip through libuv's thread pool costs ten times that in CPU (measured at concurrency 100:
 * realpath + stat 4.6 µs sync, 15 µs async), and the server has nothing else to do meanwhile.
 */
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs'
import { isAbsolute, join, relative, sep } from 'node:path'
import { TEXT_EXTENSIONS } from '../compress.mjs'

/**
 * @typedef {{ path: string, real: string, mtimeMs: number }} Found
 *   `path` as requested under the root, `real` with every symbolic link resolved (what to open).
 */

/** Failures that mean "no such file here", not a server fault. */
const ABSENT = new Set(['ENOENT', 'ENOTDIR', 'ENAMETOOLONG', 'ELOOP', 'EACCES', 'EPERM'])

/** The `code` of a file-system error, or ''. */
export const errorCode = (error) =>
  error && typeof error === 'object' && 'code' in error ? String(error.code) : ''

/** At most this many paths are remembered as warned about, so hostile requests cannot grow memory. */
const MAX_WARNED = 1000

/** Only what compress.mjs compresses can have a `.br`/`.gz` sibling: other files skip two lookups. */
const compressible = (path) => TEXT_EXTENSIONS.some((ext) => path.endsWith(`.${ext}`))

/**
 * Per-request lookups under `root`. `warn` receives one line per problem (printed once per path).
 * @param {string} root
 * @param {(line: string) => void} warn
 */
export function createLookup(root, warn) {
  // A hint: re-resolved before refusing a path, because out/ may be a link that a deploy swaps.
  let rootReal = realpathSync(root)
  /** @type {Set<string>} */
  const warned = new Set()
  // Paths print relative to the working directory when under it (out/x.txt), else as given.
  const show = (path) => {
    const rel = relative(process.cwd(), path)
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path
  }

  /** @param {string} path @param {string} problem */
  function warnOnce(path, problem) {
    if (warned.has(path)) return
    if (warned.size >= MAX_WARNED) warned.clear()
    warned.add(path)
    warn(`${show(path)}: ${problem}`)
  }

  const within = (real) => real === rootReal || real.startsWith(rootReal + sep)

  /** @param {string} real */
  function inside(real) {
    if (within(real)) return true
    let now = rootReal
    try {
      now = realpathSync.native(root)
    } catch {
      // out/ is gone (a rebuild removes it first): keep the last known path.
    }
    if (now === rootReal) return false
    rootReal = now
    return within(real)
  }

  /**
   * The regular file at `path` when its real path stays inside the root; undefined for a
   * directory, a missing path or a refused link. A miss costs no exception (stat with
   * throwIfNoEntry: false): the 404 path stays as cheap as a hit.
   * @param {string} path
   * @returns {Found | undefined}
   */
  function regularFile(path) {
    try {
      const stats = statSync(path, { throwIfNoEntry: false })
      if (!stats) {
        if (lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink())
          warnOnce(path, 'broken symbolic link, not served')
        return undefined
      }
      if (!stats.isFile()) return undefined
      const real = realpathSync.native(path)
      if (!inside(real)) {
        warnOnce(path, `symbolic link to ${real}, outside ${show(root)}/, not served`)
        return undefined
      }
      return { path, real, mtimeMs: stats.mtimeMs }
    } catch (error) {
      const code = errorCode(error)
      if (!ABSENT.has(code)) throw error
      if (code === 'ELOOP') warnOnce(path, 'symbolic link loop, not served')
      return undefined
    }
  }

  return {
    /**
     * The file for URL path segments (already decoded and checked), as a static host resolves
     * it: `a/` → `a/index.html`, then `a.html`, then `a`; `a` → `a`, `a.html`, `a/index.html`.
     * @param {string[]} segments
     * @param {boolean} directory the URL ends with a slash (or is the root)
     */
    find(segments, directory) {
      const base = join(root, ...segments)
      const bare = segments.length > 0
      const candidates = directory
        ? [join(base, 'index.html'), ...(bare ? [`${base}.html`, base] : [])]
        : [base, `${base}.html`, join(base, 'index.html')]
      for (const candidate of candidates) {
        const found = regularFile(candidate)
        if (found) return found
      }
      return undefined
    },

    /**
     * The first precompressed sibling (`x.br`, `x.gz`) among `codings` that exists and is not
     * older than the file itself: a rebuild writes the original before compress.mjs runs, and
     * until then the stale sibling must not win.
     * @param {Found} file
     * @param {ReadonlyArray<{ name: string, suffix: string }>} codings
     */
    sibling(file, codings) {
      if (!compressible(file.path)) return undefined
      for (const coding of codings) {
        const found = regularFile(file.path + coding.suffix)
        if (found && found.mtimeMs >= file.mtimeMs) return { coding: coding.name, file: found }
      }
      return undefined
    },

    /** Warns (once each) about broken links and links leaving the root, walking it at start-up. */
    scan() {
      const walk = (dir) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
          const path = join(dir, entry.name)
          if (entry.isDirectory()) walk(path)
          else if (entry.isSymbolicLink()) checkLink(path)
        }
      }
      const checkLink = (path) => {
        try {
          const real = realpathSync.native(path)
          if (!within(real)) warnOnce(path, `symbolic link to ${real}, outside ${show(root)}/, not served`)
        } catch (error) {
          const code = errorCode(error)
          warnOnce(
            path,
            code === 'ELOOP' ? 'symbolic link loop, not served' : 'broken symbolic link, not served',
          )
        }
      }
      walk(root)
    },
  }
}
