import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { runChild } from '../../tools/testing/run-child'

const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'))
// Absolute, so the CLI can also run from another directory (paths in graph.json are relative to it).
const tsx = pathToFileURL(resolve('node_modules/tsx/dist/loader.mjs')).href
const cli = resolve('lib/extractor/cli/extract.ts')
const runIn = (cwd: string, ...args: string[]) =>
  runChild(process.execPath, ['--import', tsx, cli, ...args], { cwd })
const run = (...args: string[]) => runIn(process.cwd(), ...args)

// Each story runs the CLI once to three times, seconds each on a quiet machine; a loaded one takes minutes.
describe('npm run extract', { timeout: 300_000 }, () => {
  it('writes graph.json and prints a summary', async () => {
    const out = join(dir, 'graph.json')
    const { status, stdout } = await run('--glossary', 'glossary', '--out', out)
    expect(status).toBe(0)
    expect(stdout).toMatch(
      /^extract: 51 terms, \d+ concepts, edges: \d+ mention, \d+ concept; 0 warning\(s\), 7 note\(s\)\nglossary\/glossary.md: 51 bullets; 5 blocks skipped\n/,
    )
    const graph: { nodes: { key: string }[] } = JSON.parse(readFileSync(out, 'utf8'))
    expect(graph.nodes.length).toBeGreaterThan(51)
    // The lean client graph sits beside it, same nodes in the same order.
    const view: { keys: string[] } = JSON.parse(readFileSync(join(dir, 'graph-view.json'), 'utf8'))
    expect(view.keys).toEqual(graph.nodes.map((n) => n.key))
  })

  it('--map-above makes the overview a map of the groups in graph.json and graph-view.json', async () => {
    const out = join(dir, 'map', 'graph.json')
    const mapped = await run('--glossary', 'glossary', '--out', out, '--map-above', '20', '--quiet')
    expect(mapped.status).toBe(0)
    const graph: { attributes: { map?: boolean }; nodes: { attributes: { x: number } }[] } = JSON.parse(
      readFileSync(out, 'utf8'),
    )
    expect(graph.attributes.map).toBe(true)
    expect(JSON.parse(readFileSync(join(dir, 'map', 'graph-view.json'), 'utf8')).map).toBe(true)
    // The default threshold (2,000 terms) leaves the bundled glossary's 51 terms a force layout.
    const plain = join(dir, 'plain', 'graph.json')
    expect((await run('--glossary', 'glossary', '--out', plain, '--quiet')).status).toBe(0)
    const force: typeof graph = JSON.parse(readFileSync(plain, 'utf8'))
    expect(force.attributes.map).toBeUndefined()
    expect(force.nodes.map((n) => n.attributes.x)).not.toEqual(graph.nodes.map((n) => n.attributes.x))
    const bad = await run('--glossary', 'glossary', '--out', join(dir, 'x.json'), '--map-above', 'many')
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain('--map-above wants a number of terms (0 or more), not "many"')
  })

  it('fails on a malformed glossary, listing every problem as path:line, and writes nothing', async () => {
    const glossary = join(dir, 'bad.md')
    const out = join(dir, 'bad.json')
    writeFileSync(glossary, '# T\n\n- BPE，分词\n- bpe，重复\n- ，无名\n')
    const { status, stderr } = await run('--glossary', glossary, '--out', out)
    expect(status).toBe(1)
    expect(stderr).toContain(
      `${glossary}:4: warning: duplicate term "bpe" (also at ${glossary}:3); entries merged`,
    )
    expect(stderr).toContain(`${glossary}:5: error: entry has no term name`)
    expect(existsSync(out)).toBe(false)
  })

  it('fails on a glossary without terms, naming the shapes it reads and the lines it could not', async () => {
    const glossary = join(dir, 'empty.md')
    writeFileSync(glossary, '# T\n\nOnly an introduction.\n')
    const { status, stderr } = await run('--glossary', glossary, '--out', join(dir, 'empty.json'))
    expect(status).toBe(1)
    expect(stderr).toContain(`${glossary}:1: error: no terms found. The extractor reads:`)
    expect(stderr).toContain(`${glossary}:3: Only an introduction.`)
    expect(stderr).not.toContain(': note: ')
  })

  it('merges a repeated term with a warning; --strict makes the warning fatal; --verbose prints notes', async () => {
    const glossary = join(dir, 'repeat.md')
    const out = join(dir, 'repeat.json')
    writeFileSync(
      glossary,
      '# T\n\nIntro.\n\n**BPE**: byte pairs\n\n## More\n\n- **BPE**: merges frequent pairs\n',
    )
    const lenient = await run('--glossary', glossary, '--out', out)
    expect(lenient.status).toBe(0)
    expect(lenient.stderr).toContain(
      `${glossary}:9: warning: duplicate term "BPE" (also at ${glossary}:5); entries merged`,
    )
    expect(lenient.stderr).not.toContain('note:')
    expect(lenient.stdout).toContain('2 warning(s), 1 note(s)')
    expect(lenient.stdout).toContain(`${glossary}: 1 bullet, 1 bold paragraph; 1 block skipped`)

    const verbose = await run('--glossary', glossary, '--out', out, '--verbose')
    expect(verbose.stderr).toContain(`${glossary}:3: note: skipped prose introduction (paragraph)`)

    const strictOut = join(dir, 'strict.json')
    const strict = await run('--glossary', glossary, '--out', strictOut, '--strict')
    expect(strict.status).toBe(1)
    expect(strict.stderr).toContain('2 warning(s)')
    expect(strict.stderr).toContain('fatal with --strict')
    expect(existsSync(strictOut)).toBe(false)
  })

  it('reads a GBK copy of the bundled glossary into the same graph.json, with a note under --verbose', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'extract-gbk-'))
    mkdirSync(join(copy, 'glossary'))
    // GBK has no "ﬁ" ligature, so the copy writes "fi"; NFKC makes them the same term text.
    const text = readFileSync('glossary/glossary.md', 'utf8').replace(/\ufb01/g, 'fi')
    writeFileSync(join(copy, 'glossary', 'glossary.md'), iconv.encode(text, 'gbk'))
    copyFileSync('glossary/concepts.txt', join(copy, 'glossary', 'concepts.txt'))
    const gbk = await runIn(copy, '--glossary', 'glossary', '--out', 'graph.json', '--verbose')
    expect(gbk.status).toBe(0)
    expect(gbk.stderr.split('\n')[0]).toBe(
      'glossary/glossary.md:1: note: decoded as GB18030 (not valid UTF-8)',
    )
    expect(gbk.stdout).toMatch(/^extract: 51 terms, .*; 0 warning\(s\), \d+ note\(s\)/)

    const utf8 = await run('--glossary', 'glossary', '--out', join(dir, 'utf8.json'))
    expect(utf8.status).toBe(0)
    expect(readFileSync(join(copy, 'graph.json'))).toEqual(readFileSync(join(dir, 'utf8.json')))
    // Without --verbose the note is only counted.
    expect((await runIn(copy, '--glossary', 'glossary', '--out', 'graph.json')).stderr).toBe('')
  })

  it('fails on binary junk with a path:line error, and writes nothing', async () => {
    const junk = join(dir, 'junk.md')
    const out = join(dir, 'junk.json')
    writeFileSync(junk, Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7919 + 13) % 256)))
    const { status, stderr } = await run('--glossary', junk, '--out', out)
    expect(status).toBe(1)
    expect(stderr).toContain(`${junk}:1: error: binary file (NUL bytes), not a markdown glossary`)
    expect(existsSync(out)).toBe(false)
  })

  it('reports a missing path in one line, without a stack trace', async () => {
    const { status, stderr } = await run('--glossary', join(dir, 'nope'))
    expect(status).toBe(2)
    expect(stderr.trim().split('\n')).toEqual([`extract: no such file or directory: ${join(dir, 'nope')}`])
  })
})
