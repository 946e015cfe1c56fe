/**
 * Static server for the e2e suite: serves out/ like production and answers unknown paths with
 * out/404.html and status 404 (plain `sirv out` answers an empty 404, a blank page in a browser).
 * Usage: node e2e/serve.mjs [port]
 */
import { createServer } from 'node:http'
import { readFileSync } from 'node:fs'
import sirv from 'sirv'

const port = Number(process.argv[2] || process.env.PORT || 4173)
const assets = sirv('out', { etag: true })
const notFound = readFileSync('out/404.html')

createServer((req, res) =>
  assets(req, res, () => {
    res.statusCode = 404
    res.setHeader('content-type', 'text/html; charset=utf-8')
    res.end(notFound)
  }),
).listen(port, '127.0.0.1', () => console.log(`e2e server: http://127.0.0.1:${port}/`))
