/**
 * Process and port helpers for the tests that start servers (serve.test.ts, dev.test.ts): a free
 * port, whether a port is taken, a process's descendants, and polling until something holds. Linux.
 */
import type { ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { runChild } from './run-child'

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
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
export const portInUse = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = createServer()
      .once('error', () => resolve(true))
      .listen(port, '127.0.0.1', () => s.close(() => resolve(false)))
  })

/** Process ids of every descendant of `pid` (Linux `ps`). */
export async function descendants(pid: number): Promise<number[]> {
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

/** Whether a process id is still running. */
export const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Resolves once the child has exited (at once if it already has). */
export const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode ? resolve() : child.once('exit', () => resolve()),
  )

/** Polls `check` every 50 ms until it holds or `ms` pass; the last answer. */
export async function until(check: () => boolean | Promise<boolean>, ms = 5000) {
  const end = Date.now() + ms
  while (Date.now() < end) {
    if (await check()) return true
    await new Promise((r) => setTimeout(r, 50))
  }
  return check()
}
