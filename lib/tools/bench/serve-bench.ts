/**
 * HTTP load on the static server (`npm run bench -- --only serve`): lib/tools/serve.mjs beside the
 * sirv-based server it replaced, both on the built `out/`, each in its own process with its own
 * defaults (the new one with its connection caps and timeouts in force). The old server is read
 * from git at OLD_SERVER_COMMIT into lib/tools/bench/.tmp/ at bench time, so the repository holds
 * one server. autocannon (concurrency 100 by default) sends a fixed number of requests per path,
 * as a browser would (Accept-Encoding: gzip, deflate, br), after a short warm-up; the two servers
 * take turns on each path, ROUNDS times, and each figure is the median of the rounds, so that a busy
 * machine weighs on both alike.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { join, resolve } from 'node:path'
import autocannon from 'autocannon'
import { fmt, formatTable } from './table'

/** The last commit whose lib/tools/serve.mjs was the sirv-based server. */
export const OLD_SERVER_COMMIT = 'ea9d340'

/** Paths measured, with the status each should answer. */
const PATHS: readonly [string, number][] = [
  ['/', 200],
  ['/graph.json', 200],
  ['/no-such-page/', 404],
]

const WARM_UP_REQUESTS = 500
const ROUNDS = 3

/** The middle value (the mean of the two middle ones for an even count). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2
}

export interface ServeBenchOptions {
  /** The built site (`out/`). */
  dir: string
  /** Requests per path and server. */
  requests: number
  /** Concurrent connections. */
  connections: number
}

export interface ServeRow {
  server: string
  path: string
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  /** Connection errors, timeouts and answers with another status than the path's, over all rounds. */
  errors: number
  /** The server's CPU time (user + system) per request, in µs (Linux): what a busy machine does not skew. */
  cpuMicros: number | undefined
  /** The server's resident memory after the run, in MB (Linux). */
  rssMb: number | undefined
}

interface Candidate {
  name: string
  script: string
}

/** The old server as a file under .tmp/, or why it cannot run here. */
function oldServer(): Candidate | string {
  const shown = spawnSync('git', ['show', `${OLD_SERVER_COMMIT}:lib/tools/serve.mjs`], { encoding: 'utf8' })
  if (shown.status !== 0) return `git show ${OLD_SERVER_COMMIT}: ${shown.stderr.trim() || 'failed'}`
  try {
    createRequire(import.meta.url).resolve('sirv')
  } catch {
    return 'sirv is not installed'
  }
  const dir = resolve('lib/tools/bench/.tmp')
  mkdirSync(dir, { recursive: true })
  const script = join(dir, 'serve-sirv.mjs')
  // It imported its neighbour; from .tmp/ that neighbour is two folders up.
  writeFileSync(script, shown.stdout.replace("'./base-path.mjs'", "'../../base-path.mjs'"))
  return { name: `sirv (${OLD_SERVER_COMMIT})`, script }
}

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const address = s.address()
      s.close(() =>
        address && typeof address === 'object' ? done(address.port) : fail(new Error('no port')),
      )
    })
  })
}

/** Starts `node <script> <dir> <port>` and resolves once it says "Serving". */
function start(script: string, dir: string, port: number): Promise<ChildProcess> {
  const env = { ...process.env }
  delete env.BASE_PATH
  const child = spawn(process.execPath, [script, dir, String(port)], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return new Promise((done, fail) => {
    let out = ''
    const read = (d: Buffer) => {
      out += d.toString()
      if (out.includes('Serving ')) done(child)
    }
    child.stdout?.on('data', read)
    child.stderr?.on('data', read)
    child.once('exit', (code) =>
      fail(new Error(`bench: ${script} exited (${code}) before serving: ${out.trim()}`)),
    )
  })
}

/** Resident memory of a process in MB, from /proc (undefined elsewhere). */
function rssMb(pid: number | undefined): number | undefined {
  if (!pid || !existsSync(`/proc/${pid}/status`)) return undefined
  const kb = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
  return kb ? Number(kb) / 1024 : undefined
}

/** CPU seconds (user + system) a process has used, from /proc (undefined elsewhere). */
function cpuSeconds(pid: number | undefined): number | undefined {
  if (!pid || !existsSync(`/proc/${pid}/stat`)) return undefined
  // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const ticks = Number(fields[11]) + Number(fields[12])
  // Linux reports clock ticks of 1/100 s (USER_HZ) on every common architecture.
  return Number.isFinite(ticks) ? ticks / 100 : undefined
}

/** Answers of the wrong status class, for a path that should answer `status`. */
function wrongStatus(result: autocannon.Result, status: number): number {
  const answered = result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx']
  const expected = status === 200 ? result['2xx'] : result['4xx']
  return answered - expected
}

/**
 * One autocannon run and its own wall time, first request to last response: autocannon reports
 * a run of a fixed number of requests only at its next whole-second tick.
 */
function load(options: autocannon.Options): Promise<{ result: autocannon.Result; seconds: number }> {
  return new Promise((done, fail) => {
    const started = performance.now()
    let last = started
    const instance = autocannon(options, (error: unknown, result: autocannon.Result) =>
      error ? fail(error) : done({ result, seconds: (last - started) / 1000 }),
    )
    instance.on('response', () => {
      last = performance.now()
    })
  })
}

/** Runs every path against the new server and (when it can run) the old one. */
export async function benchServe(options: ServeBenchOptions): Promise<{ rows: ServeRow[]; notes: string[] }> {
  if (!existsSync(join(options.dir, 'index.html')))
    throw new Error(`bench: ${options.dir}/index.html not found; run npm run build first`)
  const notes: string[] = []
  const candidates: Candidate[] = [{ name: 'serve.mjs (new)', script: resolve('lib/tools/serve.mjs') }]
  const old = oldServer()
  if (typeof old === 'string') notes.push(`old server not measured: ${old}`)
  else candidates.push(old)

  const running: { candidate: Candidate; child: ChildProcess; port: number }[] = []
  const rows: ServeRow[] = []
  try {
    for (const candidate of candidates) {
      const port = await freePort()
      running.push({ candidate, child: await start(candidate.script, options.dir, port), port })
    }
    for (const [path, status] of PATHS) {
      const results = new Map<Candidate, { result: autocannon.Result; seconds: number; cpu: number }[]>()
      for (let round = 0; round < ROUNDS; round++) {
        for (const { candidate, child, port } of running) {
          const common = {
            url: `http://127.0.0.1:${port}${path}`,
            connections: options.connections,
            headers: { 'accept-encoding': 'gzip, deflate, br' },
            timeout: 10,
          }
          if (round === 0) await load({ ...common, amount: WARM_UP_REQUESTS })
          const cpuBefore = cpuSeconds(child.pid)
          const run = { ...(await load({ ...common, amount: options.requests })), cpu: 0 }
          run.cpu = (cpuSeconds(child.pid) ?? NaN) - (cpuBefore ?? NaN)
          results.set(candidate, [...(results.get(candidate) ?? []), run])
        }
      }
      for (const { candidate, child } of running) {
        const runs = results.get(candidate) ?? []
        rows.push({
          server: candidate.name,
          path,
          requestsPerSecond: median(runs.map((r) => r.result.requests.total / r.seconds)),
          p50Ms: median(runs.map((r) => r.result.latency.p50)),
          p99Ms: median(runs.map((r) => r.result.latency.p99)),
          cpuMicros: median(runs.map((r) => (r.cpu / r.result.requests.total) * 1e6)),
          errors: runs.reduce((sum, r) => sum + r.result.errors + wrongStatus(r.result, status), 0),
          rssMb: rssMb(child.pid),
        })
        if (child.exitCode !== null) notes.push(`${candidate.name} exited during ${path}`)
      }
    }
  } finally {
    for (const { child } of running) child.kill('SIGTERM')
  }
  return { rows, notes }
}

/** One row per path and server. */
export function serveTable(rows: readonly ServeRow[], markdown = false): string {
  return formatTable(
    ['path', 'server', 'requests/s', 'p50 ms', 'p99 ms', 'errors', 'CPU µs/req', 'RSS MB'],
    rows.map((r) => [
      r.path,
      r.server,
      fmt(r.requestsPerSecond),
      fmt(r.p50Ms),
      fmt(r.p99Ms),
      fmt(r.errors),
      fmt(r.cpuMicros),
      fmt(r.rssMb),
    ]),
    markdown,
  )
}

/**
 * `npm run bench -- --only serve [--requests <n>] [--connections <n>] [--markdown]` on
 * SITE_OUT_DIR (out): prints the table; the exit status.
 */
export async function serveBenchMain(values: {
  requests?: string
  connections?: string
  markdown?: boolean
}): Promise<number> {
  const requests = Number(values.requests ?? 20_000)
  const connections = Number(values.connections ?? 100)
  if (!Number.isInteger(requests) || requests < 1 || !Number.isInteger(connections) || connections < 1) {
    console.error('bench: --requests and --connections must be positive integers')
    return 2
  }
  const dir = process.env.SITE_OUT_DIR || 'out'
  const { rows, notes } = await benchServe({ dir, requests, connections })
  console.log(
    `\nStatic server on ${dir}/: ${requests} requests per path at ${connections} connections, median of ${ROUNDS} rounds\n`,
  )
  console.log(`${serveTable(rows, values.markdown)}\n`)
  for (const note of notes) console.log(note)
  const load = loadavg().map((l) => l.toFixed(1))
  console.log(`load average: ${load.join(', ')} on ${cpus().length} cores`)
  return 0
}
