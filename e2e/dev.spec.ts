import { expect, test } from '@playwright/test'
import { spawn, type ChildProcess } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readEnv } from '../lib/format/settings'

// `npm run dev` on a temporary copy of the glossary: an edit shows up in the open explorer.
const PORT = Number(readEnv('E2E_PORT')) + 2
const origin = `http://127.0.0.1:${PORT}`
/**
 * Upper bounds for a loaded two-core machine, where `next dev` took minutes to start and to
 * compile the first page; every wait below ends as soon as the state it waits for is there.
 */
const START = 300_000
const STEP = 120_000

let dir = ''
let dev: ChildProcess | undefined
/** What the dev server printed, shown when it fails to start. */
let output = ''

/** Resolves when `child` prints a line matching `ready`; rejects if it exits first or `ms` pass. */
function printed(child: ChildProcess, ready: RegExp, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${ready} within ${ms / 1000} s:\n${output}`)), ms)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (ready.test(output)) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => void (output += chunk.toString()))
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`npm run dev exited (${code}) before it was ready:\n${output}`))
    })
  })
}

// One server for the file: the story runs once, in one worker (a retry starts a new worker,
// whose server starts only after this one has ended, see afterAll).
test.describe.configure({ mode: 'serial', timeout: STEP * 2 })

// npm run dev writes the graph into public/, where the build reads it: put the build's back after.
const PUBLIC_FILES = ['graph.json', 'graph-view.json', 'graph.gexf', 'graph.graphml', 'build-report.json']
const saved = new Map<string, Buffer>()

test.beforeAll(async () => {
  test.setTimeout(START * 2)
  for (const name of PUBLIC_FILES) {
    const path = join('public', name)
    if (existsSync(path)) saved.set(path, readFileSync(path))
  }
  dir = mkdtempSync(join(tmpdir(), 'glossary-dev-'))
  for (const name of readdirSync('glossary')) copyFileSync(join('glossary', name), join(dir, name))
  dev = spawn(process.execPath, ['lib/tools/dev.mjs'], {
    env: { ...process.env, GLOSSARY: dir, PORT: String(PORT) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  // Next says when it listens; the first request then compiles the page, which can take as long.
  await printed(dev, /Ready in/, START)
  const first = await fetch(`${origin}/`, { signal: AbortSignal.timeout(START) })
  expect(first.status, output).toBe(200)
})

test.afterAll(async () => {
  // The dev script and Next run in their own process group: end them all, and wait, so that a
  // retry's server finds the port free.
  const child = dev
  if (child?.pid && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    process.kill(-child.pid, 'SIGTERM')
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))])
    if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL')
  }
  for (const [path, bytes] of saved) writeFileSync(path, bytes)
})

/** Adds a bullet at the end of the glossary's "## Z" section, as an author would. */
function addEntry(line: string) {
  const path = join(dir, 'glossary.md')
  const text = readFileSync(path, 'utf8')
  const notes = text.indexOf('\n# ', text.indexOf('\n## Z'))
  writeFileSync(path, `${text.slice(0, notes).trimEnd()}\n${line}\n${text.slice(notes)}`)
}

test('a term appended to the glossary appears in the open explorer, and a broken entry shows where', async ({
  page,
}) => {
  await page.goto(`${origin}/?term=rl`, { timeout: STEP })
  await expect(page.getByRole('heading', { level: 2, name: 'RL' })).toBeVisible({ timeout: STEP })
  const hasNode = (id: string) =>
    page
      .evaluate((key) => Boolean(window.cy?.getElementById(key).nonempty()), id)
      // The page reloads when the graph changes.
      .catch(() => false)
  await expect.poll(() => page.evaluate(() => Boolean(window.cy)), { timeout: STEP }).toBe(true)
  expect(await hasNode('zeta-loss')).toBe(false)

  // Under the last letter heading: the glossary ends with a notes section, which holds no terms.
  addEntry('- Zeta Loss，一种用于测试热更新的损失函数，基于RL')
  await expect.poll(() => hasNode('zeta-loss'), { timeout: STEP }).toBe(true)
  // The view survives the reload: the selected term's panel is still open.
  await expect(page).toHaveURL(/term=rl/)
  await expect(page.getByRole('heading', { level: 2, name: 'RL' })).toBeVisible()

  addEntry('- ，没有名字的条目')
  const overlay = page.getByRole('alert', { name: '词表构建诊断' })
  await expect(overlay).toContainText(/glossary\.md:\d+/, { timeout: STEP })
  await expect(overlay).toContainText('错误')
  await overlay.getByRole('button', { name: '关闭' }).click()
  await expect(overlay).toBeHidden()
})
