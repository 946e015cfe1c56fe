/**
 * `npm start` as a user meets it: against a tiny static export (compressed by compress.mjs), the
 * server sends precompressed bodies and cache headers, says one line when the port is taken or the
 * build is missing, and a SIGTERM to `npm start` (or to start.mjs) leaves no process and no port behind.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request, type IncomingHttpHeaders } from 'node:http'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { runChild } from './testing/run-child'

const ROOT = process.cwd()
const html = `<!doctype html><title>t</title>${'<p>术语 term graph</p>'.repeat(200)}`
const script = `console.log(${JSON.stringify('cytoscape-free chunk '.repeat(100))})`
let site = ''

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'serve-test-'))
  mkdirSync(join(site, '_next/static/chunks'), { recursive: true })
  mkdirSync(join(site, 'term/rl'), { recursive: true })
  writeFileSync(join(site, 'index.html'), html)
  writeFileSync(join(site, 'term/rl/index.html'), html)
  writeFileSync(join(site, '404.html'), `<!doctype html><h1>找不到</h1>${'.'.repeat(2000)}`)
  writeFileSync(join(site, 'graph.json'), JSON.stringify({ nodes: Array(300).fill({ key: 'rl' }) }))
  writeFileSync(join(site, 'tiny.txt'), 'small')
  writeFileSync(join(site, '_next/static/chunks/app-0a1b2c.js'), script)
  const compress = await runChild(process.execPath, ['lib/tools/compress.mjs', site])
  expect(compress.status, compress.stderr).toBe(0)
  expect(compress.stdout).toMatch(/^compress: 5 files/)
})
afterAll(() => rmSync(site, { recursive: true, force: true }))

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const address = s.address()
      s.close(() =>
        address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

/** Whether something still listens on the port. */
const portInUse = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = createServer()
      .once('error', () => resolve(true))
      .listen(port, '127.0.0.1', () => s.close(() => resolve(false)))
  })

interface Got {
  status: number
  headers: IncomingHttpHeaders
  body: string
}

/** GET with a given Accept-Encoding; the body is decoded by what Content-Encoding says. */
function get(port: number, path: string, acceptEncoding: string): Promise<Got> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, headers: { 'accept-encoding': acceptEncoding } },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          const raw = Buffer.concat(chunks)
          const enc = res.headers['content-encoding']
          const body = enc === 'br' ? brotliDecompressSync(raw) : enc === 'gzip' ? gunzipSync(raw) : raw
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: body.toString('utf8') })
        })
      },
    )
    req.on('error', reject)
    req.end()
  })
}

/** Starts a command and resolves once it prints its "Serving" line (or rejects when it exits first). */
function startServer(command: string, args: string[], env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'pipe' })
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString()
      if (out.includes('Serving ')) resolve(child)
    })
    child.on('exit', (code) => reject(new Error(`${command} exited (${code}) before serving: ${out}`)))
  })
}

/** Process ids of every descendant of `pid` (Linux `ps`). */
async function descendants(pid: number): Promise<number[]> {
  const rows = (await runChild('ps', ['-eo', 'pid=,ppid='])).stdout.trim().split('\n')
  const pairs = rows.map((r) => r.trim().split(/\s+/).map(Number))
  const found: number[] = []
  const walk = (p: number) => {
    for (const [child, parent] of pairs) {
      if (parent !== p || child === undefined) continue
      found.push(child)
      walk(child)
    }
  }
  walk(pid)
  return found
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode ? resolve() : child.once('exit', () => resolve()),
  )

async function until(check: () => boolean | Promise<boolean>, ms = 5000) {
  const end = Date.now() + ms
  while (Date.now() < end) {
    if (await check()) return true
    await new Promise((r) => setTimeout(r, 50))
  }
  return check()
}

const env = (port: number) => ({
  SITE_OUT_DIR: site,
  PORT: String(port),
  GLOSSARY: join(site, 'no-glossary'),
})

describe.each([
  ['npm start', 'npm', ['start', '--silent']],
  ['node lib/tools/start.mjs', process.execPath, ['lib/tools/start.mjs']],
])('%s', (_name, command, args) => {
  test('serves precompressed, cached files, and a SIGTERM leaves nothing running', async () => {
    const port = await freePort()
    const child = await startServer(command, args, env(port))
    const pid = child.pid ?? 0
    try {
      const cases: [string, string, string | undefined, RegExp][] = [
        ['/', 'gzip, deflate, br', 'br', /must-revalidate/],
        ['/term/rl/', 'gzip', 'gzip', /max-age=0/],
        ['/graph.json', 'br', 'br', /must-revalidate/],
        ['/_next/static/chunks/app-0a1b2c.js', 'br, gzip', 'br', /^public, max-age=31536000, immutable$/],
        ['/_next/static/chunks/app-0a1b2c.js', '', undefined, /immutable/],
        ['/tiny.txt', 'br', undefined, /must-revalidate/],
      ]
      for (const [path, accept, encoding, cache] of cases) {
        const r = await get(port, path, accept)
        expect([path, accept, r.status, r.headers['content-encoding']]).toEqual([path, accept, 200, encoding])
        expect(r.headers['cache-control'], path).toMatch(cache)
        expect(r.headers.vary, path).toBe('Accept-Encoding')
      }
      expect((await get(port, '/', 'br')).body).toBe(html)
      expect((await get(port, '/_next/static/chunks/app-0a1b2c.js', 'gzip')).body).toBe(script)
      const missing = await get(port, '/nope/', 'br')
      expect([missing.status, missing.headers['content-encoding']]).toEqual([404, 'br'])
      expect(missing.body).toContain('找不到')
    } finally {
      const family = [pid, ...(await descendants(pid))]
      child.kill('SIGTERM')
      await exited(child)
      expect(await until(async () => !(await portInUse(port))), 'port is free again').toBe(true)
      expect(await until(() => family.every((p) => !alive(p))), `no process left of ${family}`).toBe(true)
    }
  })
})

describe('one-line problems', () => {
  test('a taken port', async () => {
    const port = await freePort()
    const first = await startServer(process.execPath, ['lib/tools/start.mjs'], env(port))
    try {
      const second = await runChild(process.execPath, ['lib/tools/start.mjs'], {
        cwd: ROOT,
        env: { ...process.env, ...env(port) },
      })
      expect(second.status).toBe(1)
      expect(second.stderr).toBe(`start: port ${port} is in use; set PORT=<another port>\n`)
    } finally {
      first.kill('SIGTERM')
      await exited(first)
    }
  })

  test('a missing build', async () => {
    const empty = join(site, 'empty')
    const r = await runChild(process.execPath, ['lib/tools/serve.mjs', empty, '0'], { cwd: ROOT })
    expect(r.status).toBe(1)
    expect(r.stderr).toBe(`serve: ${empty}/ not found; run npm run build\n`)
  })
})
