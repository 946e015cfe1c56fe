/**
 * Serves a static export like production: files from the directory, and unknown paths answered
 * with its 404.html and status 404 (plain `sirv` answers an empty 404, a blank page in a browser).
 * Used by `npm start` and the e2e suite. Usage: node lib/tools/serve.mjs [dir] [port] [host]
 */
import { createServer } from 'node:http'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import sirv from 'sirv'

const [dir = 'out', port = process.env.PORT || '3000', host = '127.0.0.1'] = process.argv.slice(2)
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`serve: ${dir}/index.html not found — build the site first (npm run build)`)
  process.exit(1)
}
const assets = sirv(dir, { etag: true })
const notFound = existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : 'Not found'

createServer((req, res) =>
  assets(req, res, () => {
    res.statusCode = 404
    res.setHeader('content-type', 'text/html; charset=utf-8')
    res.end(notFound)
  }),
).listen(Number(port), host, () =>
  console.log(`Serving ${dir}/ at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`),
)
