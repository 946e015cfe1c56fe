/**
 * `npm run dev` stops everything it started: a SIGTERM to npm (which never reaches dev.mjs
 * through npm's shell) or a SIGINT/SIGTERM to dev.mjs itself leaves no `next dev`, no worker and
 * no listening port behind. Starts the real thing on a copy of the glossary (Next listens within
 * seconds; no page is requested, so nothing is compiled).
 */
import { spawn } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { alive, descendants, exited, freePort, portInUse, until } from './testing/processes'

let glossary = ''
beforeAll(() => {
  glossary = mkdtempSync(join(tmpdir(), 'dev-signals-'))
  // The bundled glossary, so the extraction writes the same public/graph.json as before.
  cpSync('glossary', glossary, { recursive: true })
})
afterAll(() => rmSync(glossary, { recursive: true, force: true }))

describe.each<[string, string, string[], NodeJS.Signals]>([
  ['SIGTERM to npm run dev', 'npm', ['run', 'dev', '--silent'], 'SIGTERM'],
  ['SIGINT to node lib/tools/dev.mjs', process.execPath, ['lib/tools/dev.mjs'], 'SIGINT'],
  ['SIGTERM to node lib/tools/dev.mjs', process.execPath, ['lib/tools/dev.mjs'], 'SIGTERM'],
])('%s', (_name, command, args, signal) => {
  test('stops next dev, its workers and the port', async () => {
    const port = await freePort()
    const child = spawn(command, args, {
      env: { ...process.env, GLOSSARY: glossary, PORT: String(port) },
      stdio: 'ignore',
    })
    const pid = child.pid ?? 0
    let family: number[] = []
    try {
      expect(await until(() => portInUse(port), 90_000), 'next dev listens').toBe(true)
      family = [pid, ...(await descendants(pid))]
      // npm, its shell, dev.mjs, next dev and at least one worker.
      expect(family.length, `processes: ${family}`).toBeGreaterThanOrEqual(command === 'npm' ? 5 : 3)
    } finally {
      child.kill(signal)
      await exited(child)
    }
    expect(await until(async () => !(await portInUse(port)), 15_000), 'port is free again').toBe(true)
    expect(
      await until(() => family.every((p) => !alive(p)), 15_000),
      `left running: ${family.filter(alive)}`,
    ).toBe(true)
  }, 150_000)
})
