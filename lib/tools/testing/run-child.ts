/**
 * Runs a command to its end without blocking the test worker. A worker that waits in `spawnSync`
 * cannot answer vitest, which gives up on it after 60 s; a CLI run that takes seconds on a quiet
 * machine took minutes on a loaded one.
 */
import { spawn, type SpawnOptions } from 'node:child_process'

export interface Finished {
  /** Exit status; null when a signal ended it. */
  status: number | null
  stdout: string
  stderr: string
}

/** Runs `command` with `args` and collects what it prints. */
export function runChild(
  command: string,
  args: readonly string[],
  options: SpawnOptions = {},
): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout?.setEncoding('utf8').on('data', (s: string) => void (stdout += s))
    child.stderr?.setEncoding('utf8').on('data', (s: string) => void (stderr += s))
    child.once('error', reject)
    child.once('close', (status) => resolve({ status, stdout, stderr }))
  })
}
