/**
 * `npm start` as a user meets it: against a tiny static export (compressed by compress.mjs), the
 * server sends precompressed bodies and cache headers, says one line when the port is taken or the
 * build is missing, and a SIGTERM to `npm start` (or to start.mjs) leaves no process and no port behind.
 * Then as an attacker or a rebuild meets it (lib/tools/serve.mjs as a child process, so a crash
 * shows): hostile ranges, methods and headers, symbolic links, files changing between requests,
 * slow and greedy clients. None of them stops it, and every answer carries the security headers.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  truncateSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { request, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http'
import { connect, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { alive, descendants, exited, freePort, portInUse, until } from './testing/processes'
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

// ---------------------------------------------------------------------------------------------
// Hostile requests, careless links and a rebuild underneath: lib/tools/serve.mjs as a child process.

/** 36 bytes whose offsets are easy to read: byte 10 is `a`, the last ten are `qrstuvwxyz`. */
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz'
let hostile = ''
let outside = ''

beforeAll(() => {
  hostile = mkdtempSync(join(tmpdir(), 'serve-hostile-'))
  outside = mkdtempSync(join(tmpdir(), 'serve-outside-'))
  mkdirSync(join(hostile, '_next/static/chunks'), { recursive: true })
  mkdirSync(join(hostile, 'term/rl'), { recursive: true })
  writeFileSync(join(hostile, 'index.html'), html)
  writeFileSync(join(hostile, 'term/rl/index.html'), html)
  writeFileSync(join(hostile, '404.html'), `<!doctype html><h1>找不到</h1>${'.'.repeat(2000)}`)
  writeFileSync(join(hostile, 'graph.json'), JSON.stringify({ nodes: Array(300).fill({ key: 'rl' }) }))
  writeFileSync(join(hostile, 'alphabet.txt'), ALPHABET)
  writeFileSync(join(hostile, '.env'), 'SECRET=1')
  writeFileSync(join(hostile, '_next/static/chunks/app-0a1b2c.js'), script)
  const compress = spawnSync(process.execPath, ['lib/tools/compress.mjs', hostile], { encoding: 'utf8' })
  expect(compress.status, compress.stderr).toBe(0)
  writeFileSync(join(outside, 'secret.txt'), 'outside the site')
  // A link that stays inside is served; one that leaves, or leads nowhere, is not.
  symlinkSync(join(hostile, 'alphabet.txt'), join(hostile, 'inside-link.txt'))
  symlinkSync(join(outside, 'secret.txt'), join(hostile, 'leak.txt'))
  symlinkSync(outside, join(hostile, 'leak-dir'))
  symlinkSync(join(hostile, 'nowhere.txt'), join(hostile, 'dangling.txt'))
})
afterAll(() => {
  rmSync(hostile, { recursive: true, force: true })
  rmSync(outside, { recursive: true, force: true })
})

interface Served {
  child: ChildProcess
  port: number
  stderr: () => string
}

/** `node lib/tools/serve.mjs <dir> <port>` with extra environment, once it says "Serving". */
async function serveDir(dir: string, env: Record<string, string> = {}): Promise<Served> {
  const port = await freePort()
  let stderr = ''
  const child = await startServer(process.execPath, ['lib/tools/serve.mjs', dir, String(port)], env)
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()))
  return { child, port, stderr: () => stderr }
}

async function stopServer(served: Served) {
  served.child.kill('SIGTERM')
  await exited(served.child)
}

interface Reply {
  status: number
  headers: IncomingHttpHeaders
  body: Buffer
}

/** One request on its own connection; the body as raw bytes (not decoded). */
function ask(
  port: number,
  path: string,
  options: { method?: string; headers?: OutgoingHttpHeaders; localAddress?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent: false, ...options }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      )
      res.on('error', reject)
    })
    req.setTimeout(5000, () => req.destroy(new Error(`${path}: no answer in 5 s`)))
    req.on('error', reject)
    req.end()
  })
}

/** The headers every response must carry, whatever its status. */
function expectSecurityHeaders(label: string, headers: IncomingHttpHeaders) {
  expect(headers['x-content-type-options'], label).toBe('nosniff')
  expect(headers['x-frame-options'], label).toBe('DENY')
  expect(headers['referrer-policy'], label).toBe('strict-origin-when-cross-origin')
  const csp = String(headers['content-security-policy'])
  for (const directive of [
    "default-src 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
  ])
    expect(csp, `${label}: ${directive}`).toContain(directive)
}

describe('a server no request can stop', () => {
  let served: Served
  beforeAll(async () => {
    served = await serveDir(hostile)
  })
  afterAll(async () => {
    // After every hostile case below: still running, still serving, never a stack trace.
    expect(served.child.exitCode, served.stderr()).toBe(null)
    expect((await ask(served.port, '/')).status).toBe(200)
    expect(served.stderr()).not.toMatch(/\n\s+at /)
    await stopServer(served)
  })

  test.each<[string, number, string | undefined, string]>([
    ['bytes=0-0', 206, 'bytes 0-0/36', '0'],
    ['bytes=-10', 206, 'bytes 26-35/36', 'qrstuvwxyz'],
    ['bytes=-100', 206, 'bytes 0-35/36', ALPHABET],
    ['bytes=10-19', 206, 'bytes 10-19/36', 'abcdefghij'],
    ['bytes=30-', 206, 'bytes 30-35/36', 'uvwxyz'],
    ['bytes=30-1000', 206, 'bytes 30-35/36', 'uvwxyz'],
    ['bytes= 35-35 ', 206, 'bytes 35-35/36', 'z'],
    ['bytes=0-1,,', 206, 'bytes 0-1/36', '01'],
    ['bytes=10-5', 416, 'bytes */36', ''],
    ['bytes=36-', 416, 'bytes */36', ''],
    ['bytes=100-200', 416, 'bytes */36', ''],
    ['bytes=-0', 416, 'bytes */36', ''],
    ['bytes=abc', 416, 'bytes */36', ''],
    ['bytes=', 416, 'bytes */36', ''],
    ['bytes=-', 416, 'bytes */36', ''],
    ['bytes=1-2-3', 416, 'bytes */36', ''],
    ['bytes=0x10-20', 416, 'bytes */36', ''],
    ['bytes=1e3-', 416, 'bytes */36', ''],
    ['bytes=+1-2', 416, 'bytes */36', ''],
    ['bytes=0-1,abc', 416, 'bytes */36', ''],
    ['bytes=99999999999999999999999-', 416, 'bytes */36', ''],
    ['bytes 0-1', 416, 'bytes */36', ''],
    // Several ranges: the whole file (no multipart); a unit other than bytes is ignored.
    ['bytes=0-1,5-6', 200, undefined, ALPHABET],
    ['bytes=0-1,40-50', 206, 'bytes 0-1/36', '01'],
    ['items=0-1', 200, undefined, ALPHABET],
  ])('Range: %s → %i %s', async (range, status, contentRange, body) => {
    const r = await ask(served.port, '/alphabet.txt', { headers: { range } })
    expect([range, r.status, r.headers['content-range'], r.body.toString()]).toEqual([
      range,
      status,
      contentRange,
      body,
    ])
    expect(r.headers['content-length'], range).toBe(String(body.length))
    expectSecurityHeaders(range, r.headers)
  })

  test('If-Range: a range of the same file, or the whole file once it changed', async () => {
    const { headers } = await ask(served.port, '/alphabet.txt')
    const cases: [string, number][] = [
      [String(headers.etag), 206],
      [String(headers['last-modified']), 206],
      ['"0-0"', 200],
      [`W/${headers.etag}`, 200],
      ['Thu, 01 Jan 1970 00:00:00 GMT', 200],
    ]
    for (const [ifRange, status] of cases) {
      const r = await ask(served.port, '/alphabet.txt', {
        headers: { range: 'bytes=0-0', 'if-range': ifRange },
      })
      expect([ifRange, r.status]).toEqual([ifRange, status])
    }
  })

  test('HEAD describes the whole file without a body, Range or not', async () => {
    const get = await ask(served.port, '/graph.json')
    for (const range of [undefined, 'bytes=0-0', 'bytes=10-5']) {
      const head = await ask(served.port, '/graph.json', { method: 'HEAD', headers: range ? { range } : {} })
      expect([range, head.status, head.body.length]).toEqual([range, 200, 0])
      expect(head.headers['content-length'], range).toBe(String(get.body.length))
      expect(head.headers.etag, range).toBe(get.headers.etag)
    }
  })

  test.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE'])('%s → 405 with Allow', async (method) => {
    for (const path of ['/', '/graph.json', '/nope/']) {
      const r = await ask(served.port, path, { method })
      expect([method, path, r.status, r.headers.allow]).toEqual([method, path, 405, 'GET, HEAD'])
      expect(r.body.toString(), method).not.toContain('term graph')
      expectSecurityHeaders(`${method} ${path}`, r.headers)
    }
  })

  test('a 304 carries the ETag, Cache-Control and Vary, and no body', async () => {
    for (const path of ['/graph.json', '/_next/static/chunks/app-0a1b2c.js', '/term/rl/']) {
      const first = await ask(served.port, path, { headers: { 'accept-encoding': 'br' } })
      const etag = String(first.headers.etag)
      expect(etag, path).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/)
      const validators: [string, OutgoingHttpHeaders, number][] = [
        ['If-None-Match', { 'if-none-match': etag }, 304],
        ['weak If-None-Match', { 'if-none-match': `"x", W/${etag}` }, 304],
        ['If-None-Match *', { 'if-none-match': '*' }, 304],
        ['If-Modified-Since', { 'if-modified-since': String(first.headers['last-modified']) }, 304],
        ['an older If-Modified-Since', { 'if-modified-since': 'Thu, 01 Jan 1970 00:00:00 GMT' }, 200],
        ['another ETag', { 'if-none-match': '"0-0"' }, 200],
        // If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2).
        [
          'a stale If-None-Match with a current date',
          { 'if-none-match': '"0-0"', 'if-modified-since': String(first.headers['last-modified']) },
          200,
        ],
      ]
      for (const [label, headers, status] of validators) {
        const r = await ask(served.port, path, { headers: { 'accept-encoding': 'br', ...headers } })
        expect([path, label, r.status]).toEqual([path, label, status])
        if (status !== 304) continue
        expect([path, label, r.headers.etag, r.headers['cache-control'], r.headers.vary]).toEqual([
          path,
          label,
          etag,
          first.headers['cache-control'],
          'Accept-Encoding',
        ])
        expect(r.body.length, label).toBe(0)
        expectSecurityHeaders(`${path} ${label}`, r.headers)
      }
    }
  })

  test.each<[string, string | undefined]>([
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0', undefined],
    ['gzip;q=0, br;q=0', undefined],
    ['gzip, br;q=0.5', 'gzip'],
    ['gzip;q=0.5, br;q=1', 'br'],
    ['gzip;q=0.5, br', 'br'],
    ['gzip, br', 'br'],
    ['*', 'br'],
    ['*;q=0.1, gzip;q=0.5', 'gzip'],
    ['br;q=0, *', 'gzip'],
    ['*;q=0', undefined],
    ['identity', undefined],
    ['BR', 'br'],
    ['x-gzip', 'gzip'],
    ['br;q=abc', 'br'],
    ['', undefined],
  ])('Accept-Encoding: %s → %s', async (accept, encoding) => {
    const r = await ask(served.port, '/graph.json', { headers: { 'accept-encoding': accept } })
    expect([accept, r.status, r.headers['content-encoding']]).toEqual([accept, 200, encoding])
  })

  test.each<[string, number, string]>([
    ['/term/rl/', 200, 'term graph'],
    ['/term/rl', 200, 'term graph'],
    ['/term/rl/index.html', 200, 'term graph'],
    ['/term/rl/?view=list', 200, 'term graph'],
    ['/nope/', 404, '找不到'],
    ['/nope', 404, '找不到'],
    ['/.env', 404, '找不到'],
    ['/%2eenv', 404, '找不到'],
    ['/../etc/passwd', 404, '找不到'],
    ['/%2e%2e/%2e%2e/etc/passwd', 404, '找不到'],
    ['/term/..%2f..%2f..%2fetc/passwd', 404, '找不到'],
    ['/graph.json%00.html', 400, 'Bad request'],
    ['/%E0%A4%A', 400, 'Bad request'],
  ])('GET %s → %i', async (path, status, text) => {
    const r = await ask(served.port, path)
    expect([path, r.status]).toEqual([path, status])
    expect(r.body.toString(), path).toContain(text)
    expectSecurityHeaders(path, r.headers)
  })

  test('symbolic links: one inside the site is served; one leaving it or leading nowhere is a 404', async () => {
    const cases: [string, number][] = [
      ['/inside-link.txt', 200],
      ['/leak.txt', 404],
      ['/leak-dir/secret.txt', 404],
      ['/dangling.txt', 404],
    ]
    for (const [path, status] of cases) {
      const r = await ask(served.port, path)
      expect([path, r.status]).toEqual([path, status])
      expect(r.body.toString(), path).not.toContain('outside the site')
    }
    // Each problem was one line at start-up (paths are printed as they are, the site is in /tmp).
    const lines = served.stderr().trim().split('\n')
    expect(
      lines.some((l) => /^serve: warning: .*dangling\.txt: broken symbolic link, not served$/.test(l)),
    ).toBe(true)
    expect(
      lines.some((l) => /^serve: warning: .*leak\.txt: symbolic link to .*secret\.txt, outside /.test(l)),
    ).toBe(true)
  })
})

describe('a rebuild underneath', () => {
  let served: Served
  let site = ''
  beforeAll(async () => {
    site = mkdtempSync(join(tmpdir(), 'serve-rebuild-'))
    writeFileSync(join(site, 'index.html'), html)
    writeFileSync(join(site, '404.html'), 'not here')
    served = await serveDir(site)
  })
  afterAll(async () => {
    expect(served.child.exitCode, served.stderr()).toBe(null)
    await stopServer(served)
    rmSync(site, { recursive: true, force: true })
  })

  test('a file removed, grown, shrunk or added between two requests is served as it is now', async () => {
    const path = join(site, 'data.txt')
    const get = () => ask(served.port, '/data.txt')
    writeFileSync(path, 'x'.repeat(24))
    const before = await get()
    expect([before.status, before.body.length]).toEqual([200, 24])

    appendFileSync(path, 'y'.repeat(5000))
    const grown = await get()
    expect([grown.status, grown.body.length, grown.headers['content-length']]).toEqual([200, 5024, '5024'])
    expect(grown.headers.etag).not.toBe(before.headers.etag)

    writeFileSync(path, 'short')
    const started = Date.now()
    const shrunk = await get()
    expect([shrunk.status, shrunk.body.toString()]).toEqual([200, 'short'])
    expect(Date.now() - started, 'a shrunk file is not a hang').toBeLessThan(1000)

    unlinkSync(path)
    const removed = await get()
    expect([removed.status, removed.body.toString()]).toEqual([404, 'not here'])

    mkdirSync(join(site, '_next/static/chunks'), { recursive: true })
    writeFileSync(join(site, '_next/static/chunks/new-0a1b.js'), 'console.log(1)')
    const added = await ask(served.port, '/_next/static/chunks/new-0a1b.js')
    expect([added.status, added.body.toString(), added.headers['content-type']]).toEqual([
      200,
      'console.log(1)',
      'text/javascript; charset=utf-8',
    ])
  })

  test('a precompressed sibling older than its file is not sent', async () => {
    const path = join(site, 'page.json')
    writeFileSync(path, JSON.stringify({ version: 1, pad: 'x'.repeat(2000) }))
    spawnSync(process.execPath, ['lib/tools/compress.mjs', site])
    const fresh = await get(served.port, '/page.json', 'br')
    expect([fresh.headers['content-encoding'], JSON.parse(fresh.body).version]).toEqual(['br', 1])
    // The next build rewrites page.json; compress.mjs has not run yet.
    writeFileSync(path, JSON.stringify({ version: 2, pad: 'x'.repeat(2000) }))
    const past = new Date(Date.now() - 60_000)
    utimesSync(`${path}.br`, past, past)
    utimesSync(`${path}.gz`, past, past)
    const stale = await get(served.port, '/page.json', 'br, gzip')
    expect([stale.headers['content-encoding'], JSON.parse(stale.body).version]).toEqual([undefined, 2])
  })

  test('a large file cut short while it is sent ends the response at once instead of hanging', async () => {
    const path = join(site, 'big.bin')
    const size = 32 * 1024 * 1024
    writeFileSync(path, Buffer.alloc(size, 1))
    const outcome = await new Promise<{ received: number; length: number; ms: number; aborted: boolean }>(
      (resolve, reject) => {
        const req = request(
          { host: '127.0.0.1', port: served.port, path: '/big.bin', agent: false },
          (res) => {
            let received = 0
            let truncated = 0
            res.on('data', (c: Buffer) => {
              received += c.length
              // The first bytes arrived: the rebuild rewrites the file in place now.
              if (!truncated) {
                truncateSync(path, 1000)
                truncated = Date.now()
              }
            })
            const done = (aborted: boolean) =>
              resolve({
                received,
                length: Number(res.headers['content-length']),
                ms: Date.now() - truncated,
                aborted,
              })
            res.on('end', () => done(res.readableAborted))
            res.on('error', () => done(true))
          },
        )
        req.setTimeout(5000, () => reject(new Error('the response hung')))
        req.on('error', reject)
        req.end()
      },
    )
    expect(outcome.length).toBe(size)
    expect(outcome.received).toBeLessThan(size)
    expect(outcome.aborted).toBe(true)
    expect(outcome.ms).toBeLessThan(2000)
  })

  test('a link that breaks after start-up is a one-line warning, once', async () => {
    symlinkSync(join(site, 'gone.txt'), join(site, 'later.txt'))
    for (let i = 0; i < 3; i++) expect((await ask(served.port, '/later.txt')).status).toBe(404)
    const warnings = served
      .stderr()
      .split('\n')
      .filter((l) => l.includes('later.txt'))
    expect(warnings).toEqual([
      expect.stringMatching(/^serve: warning: .*later\.txt: broken symbolic link, not served$/),
    ])
  })
})

/** A raw connection from `localAddress`, resolved once connected. */
function openSocket(port: number, localAddress = '127.0.0.1'): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, localAddress }, () => resolve(socket))
    socket.on('error', reject)
  })
}

/** Resolves with what the server sent once it closes the connection (or rejects after `ms`). */
function closedBy(socket: Socket, ms: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = ''
    socket.on('data', (d: Buffer) => (data += d.toString()))
    socket.on('error', () => {})
    socket.on('close', () => resolve(data))
    setTimeout(() => reject(new Error(`still open after ${ms} ms`)), ms).unref()
  })
}

describe('slow and greedy clients', () => {
  test('a client trickling its headers is cut off after SERVE_HEADERS_TIMEOUT_MS; others are served meanwhile', async () => {
    const served = await serveDir(hostile, { SERVE_HEADERS_TIMEOUT_MS: '400' })
    try {
      const slow = await openSocket(served.port)
      slow.write('GET / HTTP/1.1\r\nHost: x\r\n')
      const trickle = setInterval(() => slow.writable && slow.write('X-Slow: 1\r\n'), 100)
      const started = Date.now()
      const closing = closedBy(slow, 3000)
      expect((await ask(served.port, '/graph.json')).status).toBe(200)
      const answer = await closing
      clearInterval(trickle)
      expect(answer).toMatch(/^HTTP\/1\.1 408 /)
      expect(Date.now() - started).toBeLessThan(2000)
    } finally {
      await stopServer(served)
    }
  })

  test('connection caps: per client, then in all; a freed slot serves again', async () => {
    const served = await serveDir(hostile, {
      SERVE_MAX_CONNECTIONS_PER_CLIENT: '3',
      SERVE_MAX_CONNECTIONS: '5',
    })
    const held: Socket[] = []
    try {
      for (let i = 0; i < 3; i++) held.push(await openSocket(served.port, '127.0.0.2'))
      // A fourth from the same address is closed without an answer…
      const fourth = await openSocket(served.port, '127.0.0.2').catch(() => undefined)
      if (fourth) {
        fourth.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n')
        expect(await closedBy(fourth, 2000)).toBe('')
      }
      // …while another address is served.
      expect((await ask(served.port, '/', { localAddress: '127.0.0.3' })).status).toBe(200)
      for (let i = 0; i < 2; i++) held.push(await openSocket(served.port, '127.0.0.3'))
      // Five open in all: a third address is turned away too.
      await expect(ask(served.port, '/', { localAddress: '127.0.0.4' })).rejects.toThrow()
      for (const socket of held.splice(0)) socket.destroy()
      expect(
        await until(
          async () =>
            (await ask(served.port, '/', { localAddress: '127.0.0.4' }).catch(() => undefined))?.status ===
            200,
        ),
      ).toBe(true)
      expect(served.stderr()).toMatch(/SERVE_MAX_CONNECTIONS_PER_CLIENT=3\): new connections are refused/)
      expect(served.stderr()).toMatch(
        /5 connections open \(SERVE_MAX_CONNECTIONS\): new connections are refused/,
      )
    } finally {
      for (const socket of held) socket.destroy()
      await stopServer(served)
    }
  })

  test('a malformed limit is one line at start', () => {
    const r = spawnSync(process.execPath, ['lib/tools/serve.mjs', hostile, '0'], {
      cwd: ROOT,
      env: { ...process.env, SERVE_MAX_CONNECTIONS: 'lots' },
      encoding: 'utf8',
    })
    expect([r.status, r.stderr]).toEqual([
      1,
      'serve: SERVE_MAX_CONNECTIONS must be a positive integer, got "lots"\n',
    ])
  })
})

describe('BASE_PATH', () => {
  test('the site lives under the sub-path; its bare name redirects; the rest is the 404 page', async () => {
    const served = await serveDir(hostile, { BASE_PATH: '/sub' })
    try {
      const cases: [string, number, string | undefined][] = [
        ['/sub', 308, '/sub/'],
        ['/sub?term=rl', 308, '/sub/?term=rl'],
        ['/sub/', 200, undefined],
        ['/sub/alphabet.txt', 200, undefined],
        ['/alphabet.txt', 404, undefined],
        ['/subway/', 404, undefined],
      ]
      for (const [path, status, location] of cases) {
        const r = await ask(served.port, path)
        expect([path, r.status, r.headers.location]).toEqual([path, status, location])
        expectSecurityHeaders(path, r.headers)
      }
    } finally {
      await stopServer(served)
    }
  })
})
