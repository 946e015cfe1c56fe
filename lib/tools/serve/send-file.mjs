/**
 * Sends one file as an HTTP response: opened first, then measured through the open descriptor, so
 * the length, ETag and bytes all describe the same file even when a rebuild replaces it a moment
 * later. Answers conditional requests (If-None-Match, If-Modified-Since → 304) and byte ranges
 * (If-Range, Range → 206 or 416). Plain JavaScript for lib/tools/serve.mjs.
 */
import { open } from 'node:fs/promises'
import { pipeline } from 'node:stream'
import { errorCode } from './lookup.mjs'
import { parseRange } from './range.mjs'

/**
 * A strong validator from size and modification time (nanoseconds), like nginx's: a rebuild
 * changes it, and each precompressed sibling, being its own file, has its own.
 * @param {{ size: bigint, mtimeNs: bigint }} stats
 */
export const etagOf = (stats) => `"${stats.size.toString(16)}-${stats.mtimeNs.toString(16)}"`

/** Whether an If-None-Match list names the ETag (weak comparison: `W/` is ignored). */
function noneMatch(header, etag) {
  if (header.trim() === '*') return true
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)
}

/** The Last-Modified second, as HTTP dates carry no milliseconds. */
const seconds = (ms) => Math.floor(ms / 1000) * 1000

/** Whether the client's cached copy is current: a 304 is enough. */
function notModified(req, etag, mtimeMs) {
  const inm = req.headers['if-none-match']
  if (inm !== undefined) return noneMatch(inm, etag)
  const since = Date.parse(String(req.headers['if-modified-since'] ?? ''))
  return Number.isFinite(since) && seconds(mtimeMs) <= since
}

/** Whether a Range may be honoured: without If-Range, or when If-Range still names this file. */
function rangeApplies(req, etag, mtimeMs) {
  const ifRange = req.headers['if-range']
  if (ifRange === undefined) return true
  if (ifRange.startsWith('"') || ifRange.startsWith('W/')) return ifRange === etag
  return Date.parse(ifRange) === seconds(mtimeMs)
}

/**
 * Sends `real` (a path found by lookup.mjs) with `headers`. Resolves false when the file has
 * gone between the lookup and the open (the caller answers 404), true once the response is
 * under way. `status` 200 enables validators and ranges; any other (the 404 page) sends the body.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {{ real: string, status: number, headers: Record<string, string> }} file
 */
export async function sendFile(req, res, { real, status, headers }) {
  let handle
  try {
    handle = await open(real, 'r')
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return false
    throw error
  }
  let streaming = false
  try {
    const stats = await handle.stat({ bigint: true })
    const size = Number(stats.size)
    const mtimeMs = Number(stats.mtimeMs)
    res.statusCode = status
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
    let start = 0
    let end = size - 1
    if (status === 200) {
      const etag = etagOf(stats)
      res.setHeader('ETag', etag)
      res.setHeader('Last-Modified', new Date(mtimeMs).toUTCString())
      res.setHeader('Accept-Ranges', 'bytes')
      if (notModified(req, etag, mtimeMs)) {
        // A 304 repeats the validators and cache policy, not the body's metadata (RFC 9110 §15.4.5).
        res.statusCode = 304
        res.removeHeader('Content-Type')
        res.removeHeader('Content-Encoding')
        res.end()
        return true
      }
      // Range is defined for GET only (RFC 9110 §14.2); a HEAD describes the whole file.
      const range =
        req.method === 'GET' && rangeApplies(req, etag, mtimeMs)
          ? parseRange(req.headers.range, size)
          : { kind: 'whole' }
      if (range.kind === 'unsatisfiable') {
        res.statusCode = 416
        res.setHeader('Content-Range', `bytes */${size}`)
        res.setHeader('Content-Length', '0')
        res.removeHeader('Content-Type')
        res.removeHeader('Content-Encoding')
        res.end()
        return true
      }
      if (range.kind === 'range') {
        ;({ start, end } = range)
        res.statusCode = 206
        res.setHeader('Content-Range', `bytes ${start}-${end}/${size}`)
      }
    }
    const length = end - start + 1
    res.setHeader('Content-Length', String(length))
    if (req.method === 'HEAD' || length === 0) {
      res.end()
      return true
    }
    const stream = handle.createReadStream({ start, end })
    streaming = true
    // A file cut short while it is read (rewritten in place) would leave the client waiting for
    // the bytes Content-Length promised: close the connection instead, before pipeline ends it.
    stream.once('end', () => {
      if (stream.bytesRead < length) res.destroy()
    })
    pipeline(stream, res, (error) => {
      if (error) res.destroy()
    })
    return true
  } finally {
    // The read stream owns the descriptor once it exists (and closes it at its end or on error).
    if (!streaming) await handle.close()
  }
}
