/**
 * The `Range` request header (RFC 9110 §14) read against a file size. One range is served as a
 * 206; several ranges are answered with the whole file (a server may ignore Range, and no browser
 * or download tool needs multipart/byteranges from a static site); an invalid or unsatisfiable
 * set is a 416. Plain JavaScript: lib/tools/serve.mjs runs without a compile step.
 */

/** `first-last`, `first-` or `-suffix`, digits only (no signs, spaces inside or exponents). */
const SPEC = /^(\d*)-(\d*)$/

/**
 * What to send for `header` on a file of `size` bytes:
 * - `{ kind: 'whole' }`: no Range, a unit other than bytes (ignored, as RFC 9110 requires), or
 *   more than one satisfiable range;
 * - `{ kind: 'range', start, end }`: bytes start..end inclusive, both inside the file;
 * - `{ kind: 'unsatisfiable' }`: a malformed spec (`10-5`, `abc`, `-`) or no range that starts
 *   inside the file (`100-` on 24 bytes, `-0`, anything on an empty file).
 * @param {string | undefined} header
 * @param {number} size
 * @returns {{ kind: 'whole' } | { kind: 'unsatisfiable' } | { kind: 'range', start: number, end: number }}
 */
export function parseRange(header, size) {
  if (!header) return { kind: 'whole' }
  const eq = header.indexOf('=')
  if (eq < 0) return { kind: 'unsatisfiable' }
  if (header.slice(0, eq).trim().toLowerCase() !== 'bytes') return { kind: 'whole' }
  /** @type {{ start: number, end: number }[]} */
  const ranges = []
  for (const part of header.slice(eq + 1).split(',')) {
    const spec = part.trim()
    // Empty list elements are allowed by the list syntax (`bytes=0-1,,5-6`).
    if (!spec) continue
    const match = SPEC.exec(spec)
    if (!match) return { kind: 'unsatisfiable' }
    const [, first = '', last = ''] = match
    if (!first && !last) return { kind: 'unsatisfiable' }
    if (!first) {
      // A suffix: the last N bytes (all of them when N exceeds the size).
      const length = Number(last)
      if (length > 0 && size > 0) ranges.push({ start: Math.max(0, size - length), end: size - 1 })
      continue
    }
    const start = Number(first)
    const end = last ? Number(last) : Infinity
    if (end < start) return { kind: 'unsatisfiable' }
    if (start < size) ranges.push({ start, end: Math.min(end, size - 1) })
  }
  const [only, ...more] = ranges
  if (!only) return { kind: 'unsatisfiable' }
  if (more.length > 0) return { kind: 'whole' }
  return { kind: 'range', start: only.start, end: only.end }
}
