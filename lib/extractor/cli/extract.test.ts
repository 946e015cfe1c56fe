import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'))
const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'lib/extractor/cli/extract.ts', ...args], {
    encoding: 'utf8',
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('npm run extract', () => {
  it('writes graph.json and prints a summary', () => {
    const out = join(dir, 'graph.json')
    const { status, stdout } = run('--glossary', 'glossary', '--out', out)
    expect(status).toBe(0)
    expect(stdout).toMatch(
      /^extract: 51 terms, \d+ concepts, edges: \d+ mention, \d+ concept; 0 warning\(s\)/,
    )
    const graph: { nodes: { key: string }[] } = JSON.parse(readFileSync(out, 'utf8'))
    expect(graph.nodes.length).toBeGreaterThan(51)
    // The lean client graph sits beside it, same nodes in the same order.
    const view: { keys: string[] } = JSON.parse(readFileSync(join(dir, 'graph-view.json'), 'utf8'))
    expect(view.keys).toEqual(graph.nodes.map((n) => n.key))
  })

  it('fails on a malformed glossary, listing every problem as path:line, and writes nothing', () => {
    const glossary = join(dir, 'bad.md')
    const out = join(dir, 'bad.json')
    writeFileSync(glossary, '# T\n\n- BPE，分词\n- bpe，重复\n- ，无名\n')
    const { status, stderr } = run('--glossary', glossary, '--out', out)
    expect(status).toBe(1)
    expect(stderr).toContain(`${glossary}:4: error: duplicate term "bpe": already defined at ${glossary}:3`)
    expect(stderr).toContain(`${glossary}:5: error: entry has no term name`)
    expect(existsSync(out)).toBe(false)
  })

  it('reports a missing path in one line, without a stack trace', () => {
    const { status, stderr } = run('--glossary', join(dir, 'nope'))
    expect(status).toBe(2)
    expect(stderr.trim().split('\n')).toEqual([`extract: no such file or directory: ${join(dir, 'nope')}`])
  })
})
