/**
 * Serves a static export like production: files from the directory, looked up on each request
 * (a rebuild underneath is seen at once), precompressed `.br`/`.gz` siblings (written by
 * lib/tools/compress.mjs) chosen by Accept-Encoding, cache and security headers, byte ranges,
 * conditional requests, and unknown paths answered with its 404.html and status 404. No request
 * can stop it: every failure ends as a status code or a closed connection. Used in-process by
 * `npm start` (lib/tools/start.mjs) and as a CLI by the e2e suite:
 *   node lib/tools/serve.mjs [dir] [port] [host]      (defaults: out, $PORT or 3000, $HOST or 127.0.0.1)
 * A site built with BASE_PATH=/sub is served under /sub/, as GitHub Pages would. Connection caps
 * and timeouts: lib/tools/serve/limits.mjs.
 */
import { createServer } from 'node:http'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { normalizeBase } from './base-path.mjs'
import { acceptedCodings } from './serve/encoding.mjs'
import { REVALIDATE, SECURITY_HEADERS, cacheControl, contentType } from './serve/headers.mjs'
import { applyLimits, limitsFromEnv, serverOptions } from './serve/limits.mjs'
import { createLookup } from './serve/lookup.mjs'
import { sendFile } from './serve/send-file.mjs'

export { IMMUTABLE, REVALIDATE, cacheControl } from './serve/headers.mjs'

/** An error whose message is the whole story: printed on one line, without a stack trace. */
export class ServeError extends Error {}

/** Methods a static site answers; the others get 405 with this as `Allow`. */
const ALLOWED = 'GET, HEAD'

/** Where a request goes: a file path under the root, a redirect, or a status of its own. */
function target(url, base) {
  let raw = url
  // Absolute-form (`GET http://host/path`, as sent to proxies) names the path after the authority.
  if (!raw.startsWith('/')) {
    try {
      const parsed = new URL(raw)
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { status: 400 }
      raw = parsed.pathname + parsed.search
    } catch {
      return { status: 400 }
    }
  }
  if (base) {
    if (raw === base || raw.startsWith(`${base}?`)) return { redirect: `${base}/${raw.slice(base.length)}` }
    // Outside the base path there is nothing; inside it, the path is the file's.
    if (!raw.startsWith(`${base}/`)) return { status: 404 }
    raw = raw.slice(base.length)
  }
  const end = raw.search(/[?#]/)
  let pathname
  try {
    pathname = decodeURIComponent(end < 0 ? raw : raw.slice(0, end))
  } catch {
    return { status: 400 }
  }
  if (pathname.includes('\0')) return { status: 400 }
  const segments = pathname.split('/').filter(Boolean)
  // Dot files (and `.`/`..`, which never reach the disk) are not part of a site; .well-known is.
  if (segments.some((s) => s.startsWith('.') && s !== '.well-known')) return { status: 404 }
  return { pathname, segments, directory: pathname.endsWith('/') }
}

/** A short plain-text answer (400, 405, 500). */
function plain(res, status, text, headers = {}) {
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  })
  res.end(`${text}\n`)
}

/**
 * An HTTP server for the static export in `dir`; throws ServeError when there is no build or a
 * limit in `env` is malformed. `warn` prints one line per problem (broken or escaping links,
 * refused connections, internal errors).
 * @param {string} dir
 * @param {string} [base] BASE_PATH, normalized
 * @param {{ env?: Record<string, string | undefined>, warn?: (line: string) => void }} [options]
 */
export function createSiteServer(dir, base = normalizeBase(process.env.BASE_PATH), options = {}) {
  const { env = process.env, warn = (line) => console.error(`serve: warning: ${line}`) } = options
  if (!existsSync(join(dir, 'index.html'))) throw new ServeError(`${dir}/ not found; run npm run build`)
  let limits
  try {
    limits = limitsFromEnv(env)
  } catch (error) {
    throw new ServeError(error instanceof Error ? error.message : String(error))
  }
  const lookup = createLookup(dir, warn)
  lookup.scan()

  /** The 404 page of the build, precompressed when the client takes it; plain text without one. */
  function notFound(req, res, codings) {
    const page = lookup.find(['404.html'], false)
    const headers = {
      'Content-Type': contentType('404.html'),
      'Cache-Control': REVALIDATE,
      Vary: 'Accept-Encoding',
    }
    if (page) {
      const sibling = lookup.sibling(page, codings)
      const file = sibling?.file ?? page
      const encoding = sibling ? { 'Content-Encoding': sibling.coding } : {}
      if (sendFile(req, res, { real: file.real, status: 404, headers: { ...headers, ...encoding } })) return
    }
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': REVALIDATE })
    res.end(req.method === 'HEAD' ? undefined : 'Not found\n')
  }

  function handle(req, res) {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value)
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      // Closing the connection spares reading a body nobody wants.
      plain(res, 405, 'Method not allowed', { Allow: ALLOWED, Connection: 'close' })
      return
    }
    const to = target(req.url ?? '/', base)
    if ('redirect' in to) {
      res.writeHead(308, { Location: to.redirect }).end()
      return
    }
    const codings = acceptedCodings(req.headers['accept-encoding'])
    if ('status' in to) {
      if (to.status === 404) notFound(req, res, codings)
      else plain(res, to.status, 'Bad request')
      return
    }
    const file = lookup.find(to.segments, to.directory)
    if (!file) {
      notFound(req, res, codings)
      return
    }
    const sibling = lookup.sibling(file, codings)
    const headers = {
      'Content-Type': contentType(file.path),
      'Cache-Control': cacheControl(to.pathname),
      Vary: 'Accept-Encoding',
      ...(sibling ? { 'Content-Encoding': sibling.coding } : {}),
    }
    const sent = sendFile(req, res, { real: (sibling?.file ?? file).real, status: 200, headers })
    // Removed between the lookup and the open: as if it had never been there.
    if (!sent) notFound(req, res, codings)
  }

  const server = createServer(serverOptions(limits), (req, res) => {
    // A client that goes away mid-response makes these emit; the response is abandoned, not the server.
    req.on('error', () => {})
    res.on('error', () => {})
    try {
      handle(req, res)
    } catch (error) {
      warn(`${req.method} ${req.url}: ${error instanceof Error ? error.message : String(error)}`)
      if (res.headersSent) res.destroy()
      else plain(res, 500, 'Internal server error')
    }
  })
  applyLimits(server, limits, warn)
  return server
}

/** Starts listening; rejects with a one-line ServeError for a taken or forbidden port. */
export function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    const failed = (error) => {
      const code = error && typeof error === 'object' && 'code' in error ? error.code : ''
      if (code === 'EADDRINUSE') reject(new ServeError(`port ${port} is in use; set PORT=<another port>`))
      else if (code === 'EACCES')
        reject(new ServeError(`port ${port} needs privileges; set PORT=3000 or above 1023`))
      else if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
        reject(new ServeError(`cannot listen on ${host}; set HOST=127.0.0.1 or HOST=0.0.0.0`))
      else reject(error)
    }
    server.once('error', failed)
    server.listen(Number(port), host, () => {
      server.off('error', failed)
      // Once listening, an error (EMFILE when accepting, say) is a line in the log, not an exit.
      server.on('error', (error) => console.error(`serve: ${error instanceof Error ? error.message : error}`))
      resolve(undefined)
    })
  })
}

/** Closes the server and its keep-alive connections, then exits 0. */
export function shutdown(server) {
  server.close(() => process.exit(0))
  server.closeAllConnections()
  // A client holding a request open must not keep the process alive.
  setTimeout(() => process.exit(0), 2000).unref()
}

/** Shuts down on SIGINT (Ctrl+C), SIGTERM or SIGHUP (terminal closed). */
export function exitOnSignals(server) {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, () => shutdown(server))
}

/** Where to point a browser: 0.0.0.0 listens on every interface, but is not an address to open. */
export const siteUrl = (host, port) => `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`

/** Serves `dir` until a signal arrives; one-line message and exit status 1 on a known problem. */
export async function serve({ dir, port, host, prefix }) {
  try {
    const server = createSiteServer(dir)
    await listen(server, port, host)
    exitOnSignals(server)
    const exposed = host === '0.0.0.0' ? ' (all interfaces)' : ''
    const base = normalizeBase(process.env.BASE_PATH)
    console.log(`Serving ${dir}/ at ${siteUrl(host, port)}${base ? `${base.slice(1)}/` : ''}${exposed}`)
    return server
  } catch (error) {
    if (!(error instanceof ServeError)) throw error
    console.error(`${prefix}: ${error.message}`)
    process.exit(1)
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir = 'out', port = process.env.PORT || '3000', host = process.env.HOST || '127.0.0.1'] =
    process.argv.slice(2)
  await serve({ dir, port, host, prefix: 'serve' })
}
