/**
 * Serves a static export like production: files from the directory, precompressed `.br`/`.gz`
 * siblings (written by lib/tools/compress.mjs) chosen by Accept-Encoding, cache headers, and
 * unknown paths answered with its 404.html and status 404 (plain `sirv` answers an empty 404).
 * Used in-process by `npm start` (lib/tools/start.mjs) and as a CLI by the e2e suite:
 *   node lib/tools/serve.mjs [dir] [port] [host]      (defaults: out, $PORT or 3000, $HOST or 127.0.0.1)
 * A site built with BASE_PATH=/sub is served under /sub/, as GitHub Pages would.
 */
import { createServer } from 'node:http'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import sirv from 'sirv'
import { normalizeBase } from './base-path.mjs'

/** Content-hashed files (Next's `/_next/static/`) never change under their name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable'

/**
 * Everything else (HTML, graph.json, RSC payloads, icons, OG images) keeps its URL across builds:
 * the browser revalidates each time (a cheap 304 thanks to the ETag), so a rebuild shows at once
 * and graph.json never disagrees with the page that reads it.
 */
export const REVALIDATE = 'public, max-age=0, must-revalidate'

/** The Cache-Control header for a request path. */
export const cacheControl = (pathname) => (pathname.includes('/_next/static/') ? IMMUTABLE : REVALIDATE)

/** An error whose message is the whole story: printed on one line, without a stack trace. */
export class ServeError extends Error {}

/** The 404 page, with its precompressed variants when the build wrote them. */
function notFoundPage(dir) {
  const path = join(dir, '404.html')
  const read = (p) => (existsSync(p) ? readFileSync(p) : undefined)
  return { raw: read(path) ?? Buffer.from('Not found'), br: read(`${path}.br`), gzip: read(`${path}.gz`) }
}

/** An HTTP server for the static export in `dir`; throws ServeError when there is no build. */
export function createSiteServer(dir, base = normalizeBase(process.env.BASE_PATH)) {
  if (!existsSync(join(dir, 'index.html'))) throw new ServeError(`${dir}/ not found; run npm run build`)
  const assets = sirv(dir, {
    etag: true,
    gzip: true,
    brotli: true,
    setHeaders: (res, pathname) => {
      res.setHeader('Cache-Control', cacheControl(pathname))
      // sirv's MIME table has no .ico.
      if (pathname.endsWith('.ico')) res.setHeader('Content-Type', 'image/x-icon')
      // Nor the graph exports (Gephi's GEXF, GraphML): both are XML.
      if (/\.(gexf|graphml)$/.test(pathname)) res.setHeader('Content-Type', 'application/xml; charset=utf-8')
    },
  })
  const page404 = notFoundPage(dir)
  return createServer((req, res) => {
    if (base) {
      const url = req.url ?? '/'
      if (url === base || url.startsWith(`${base}?`)) {
        res.writeHead(308, { Location: `${base}/${url.slice(base.length)}` }).end()
        return
      }
      // Outside the base path there is nothing; inside it, the path is the file's.
      req.url = url.startsWith(`${base}/`) ? url.slice(base.length) : '/__outside_base_path__'
    }
    assets(req, res, () => {
      const accept = String(req.headers['accept-encoding'] ?? '')
      const encoding =
        page404.br && /\bbr\b/.test(accept) ? 'br' : page404.gzip && /\bgzip\b/.test(accept) ? 'gzip' : ''
      res.statusCode = 404
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.setHeader('Cache-Control', REVALIDATE)
      res.setHeader('Vary', 'Accept-Encoding')
      if (encoding) res.setHeader('Content-Encoding', encoding)
      res.end(encoding ? page404[encoding] : page404.raw)
    })
  })
}

/** Starts listening; rejects with a one-line ServeError for a taken or forbidden port. */
export function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    server.once('error', (error) => {
      const code = error && typeof error === 'object' && 'code' in error ? error.code : ''
      if (code === 'EADDRINUSE') reject(new ServeError(`port ${port} is in use; set PORT=<another port>`))
      else if (code === 'EACCES')
        reject(new ServeError(`port ${port} needs privileges; set PORT=3000 or above 1023`))
      else if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
        reject(new ServeError(`cannot listen on ${host}; set HOST=127.0.0.1 or HOST=0.0.0.0`))
      else reject(error)
    })
    server.listen(Number(port), host, () => resolve(undefined))
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
