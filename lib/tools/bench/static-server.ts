/**
 * A small static file server for the browser benchmark: serves a built site directory on a
 * loopback port, plus a few in-memory pages (the bare Cytoscape page). Next's static export
 * writes `term/x/index.html` and `404.html`, so directories resolve to their index.html.
 */
import { createServer, type Server } from 'node:http'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { extname, join, normalize, resolve } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}

export interface StaticServer {
  url: string
  close(): Promise<void>
}

/** Serves `root` and the `extra` in-memory routes (path → [content type, body]) on 127.0.0.1. */
export function serveStatic(
  root: string,
  extra: Record<string, [string, string | Buffer]> = {},
): Promise<StaticServer> {
  const base = resolve(root)
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')
    const memory = extra[path]
    if (memory) {
      res.writeHead(200, { 'content-type': memory[0] })
      res.end(memory[1])
      return
    }
    // normalize + the prefix check keep requests inside the site directory.
    let file = join(base, normalize(path))
    if (!file.startsWith(base)) file = join(base, '404.html')
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`
    const found = existsSync(file)
    if (!found) file = join(base, '404.html')
    res.writeHead(found ? 200 : 404, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    res.end(existsSync(file) ? readFileSync(file) : '')
  })
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      done({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((closed) => server.close(() => closed())),
      })
    })
  })
}
