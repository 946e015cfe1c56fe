import { expect, test } from '@playwright/test'
import { spawn, type ChildProcess } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// `npm run dev` on a temporary copy of the glossary: an edit shows up in the open explorer.
const PORT = Number(process.env.E2E_PORT || 4173) + 2
const origin = `http://127.0.0.1:${PORT}`
let dir = ''
let dev: ChildProcess | undefined

test.describe.configure({ mode: 'serial', timeout: 180_000 })

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'glossary-dev-'))
  for (const name of readdirSync('glossary')) copyFileSync(join('glossary', name), join(dir, name))
  dev = spawn(process.execPath, ['lib/tools/dev.mjs'], {
    env: { ...process.env, GLOSSARY: dir, PORT: String(PORT) },
    stdio: 'ignore',
    detached: true,
  })
  await expect
    .poll(async () => (await fetch(`${origin}/`).catch(() => undefined))?.status, {
      timeout: 150_000,
      intervals: [1000],
    })
    .toBe(200)
})

/** Adds a bullet at the end of the glossary's "## Z" section, as an author would. */
function addEntry(line: string) {
  const path = join(dir, 'glossary.md')
  const text = readFileSync(path, 'utf8')
  const notes = text.indexOf('\n# ', text.indexOf('\n## Z'))
  writeFileSync(path, `${text.slice(0, notes).trimEnd()}\n${line}\n${text.slice(notes)}`)
}

test.afterAll(() => {
  // The dev script and Next run in their own process group: end them all.
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM')
})

test('a term appended to the glossary appears in the open explorer, and a broken entry shows where', async ({
  page,
}) => {
  await page.goto(`${origin}/?term=rl`)
  await expect(page.getByRole('heading', { level: 2, name: 'RL' })).toBeVisible({ timeout: 90_000 })
  const hasNode = (id: string) =>
    page
      .evaluate((key) => Boolean(window.cy?.getElementById(key).nonempty()), id)
      // The page reloads when the graph changes.
      .catch(() => false)
  expect(await hasNode('zeta-loss')).toBe(false)

  // Under the last letter heading: the glossary ends with a notes section, which holds no terms.
  addEntry('- Zeta Loss，一种用于测试热更新的损失函数，基于RL')
  await expect.poll(() => hasNode('zeta-loss'), { timeout: 60_000 }).toBe(true)
  // The view survives the reload: the selected term's panel is still open.
  await expect(page).toHaveURL(/term=rl/)
  await expect(page.getByRole('heading', { level: 2, name: 'RL' })).toBeVisible()

  addEntry('- ，没有名字的条目')
  const overlay = page.getByRole('alert', { name: '词表构建诊断' })
  await expect(overlay).toContainText(/glossary\.md:\d+/, { timeout: 60_000 })
  await expect(overlay).toContainText('错误')
  await overlay.getByRole('button', { name: '关闭' }).click()
  await expect(overlay).toBeHidden()
})
