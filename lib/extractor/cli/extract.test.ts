import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
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
/** A glossary outside the working directory is named relative to its own folder. */
const name = (path: string) => basename(path)

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
      `${name(glossary)}:4: warning: duplicate term "bpe" (also at ${name(glossary)}:3); entries merged`,
    )
    expect(stderr).toContain(`${name(glossary)}:5: error: entry has no term name`)
    expect(existsSync(out)).toBe(false)
  })

  it('fails on a glossary without terms, naming the shapes it reads and the lines it could not', async () => {
    const glossary = join(dir, 'empty.md')
    writeFileSync(glossary, '# T\n\nOnly an introduction.\n')
    const { status, stderr } = await run('--glossary', glossary, '--out', join(dir, 'empty.json'))
    expect(status).toBe(1)
    expect(stderr).toContain(`${name(glossary)}:1: error: no terms found. The extractor reads:`)
    expect(stderr).toContain(`${name(glossary)}:3: Only an introduction.`)
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
      `${name(glossary)}:9: warning: duplicate term "BPE" (also at ${name(glossary)}:5); entries merged`,
    )
    expect(lenient.stderr).not.toContain('note:')
    expect(lenient.stdout).toContain('2 warning(s), 1 note(s)')
    expect(lenient.stdout).toContain(`${name(glossary)}: 1 bullet, 1 bold paragraph; 1 block skipped`)

    const verbose = await run('--glossary', glossary, '--out', out, '--verbose')
    expect(verbose.stderr).toContain(`${name(glossary)}:3: note: skipped prose introduction (paragraph)`)

    const strictOut = join(dir, 'strict.json')
    const strict = await run('--glossary', glossary, '--out', strictOut, '--strict')
    expect(strict.status).toBe(1)
    expect(strict.stderr).toContain('2 warning(s)')
    expect(strict.stderr).toContain('fatal with --strict')
    expect(existsSync(strictOut)).toBe(false)
  })

  it(
    'reads a GBK copy of the bundled glossary into the same graph.json, with a note under --verbose',
    { timeout: 90_000 },
    async () => {
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
    },
  )

  it('fails on binary junk with a path:line error, and writes nothing', async () => {
    const junk = join(dir, 'junk.md')
    const out = join(dir, 'junk.json')
    writeFileSync(junk, Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7919 + 13) % 256)))
    const { status, stderr } = await run('--glossary', junk, '--out', out)
    expect(status).toBe(1)
    // One error for the one problem: no second "no terms" error about an empty file name.
    expect(stderr.split('\n').filter((line) => line.includes(': error: '))).toEqual([
      'junk.md:1: error: binary file (NUL bytes), not a markdown glossary',
    ])
    expect(existsSync(out)).toBe(false)
  })

  it('runs bundled as `npm run extract` with the same output and the same bytes as from source', async () => {
    const bundled = await runChild(process.execPath, [
      'lib/tools/extract.mjs',
      '--glossary',
      'glossary',
      '--out',
      join(dir, 'bundled', 'graph.json'),
    ])
    const source = await run('--glossary', 'glossary', '--out', join(dir, 'source', 'graph.json'))
    expect(bundled.status).toBe(0)
    expect(bundled.stdout.replace(/bundled/g, 'source')).toBe(source.stdout)
    for (const file of ['graph.json', 'graph-view.json', 'graph.gexf', 'graph.graphml', 'build-report.json'])
      expect(readFileSync(join(dir, 'bundled', file)), file).toEqual(readFileSync(join(dir, 'source', file)))
    expect(existsSync('lib/extractor/.dist/extract.mjs')).toBe(true)
  })

  it('reports a missing path in one line, without a stack trace', async () => {
    const { status, stderr } = await run('--glossary', join(dir, 'nope'))
    expect(status).toBe(2)
    expect(stderr.trim().split('\n')).toEqual([`extract: ${join(dir, 'nope')}: no such file or directory`])
  })
})

describe('npm run extract, when files cannot be read', { timeout: 300_000 }, () => {
  const root = mkdtempSync(join(tmpdir(), 'extract-fs-'))
  const glossary = join(root, 'glossary')
  mkdirSync(glossary)
  // Read despite the others: its duplicate is reported too.
  writeFileSync(join(glossary, 'a.md'), '# T\n\n- BPE，分词\n- bpe，重复\n')
  mkdirSync(join(glossary, 'sub.md'))
  symlinkSync('missing.md', join(glossary, 'broken.md'))
  symlinkSync('loop.md', join(glossary, 'loop.md'))

  it('prints one line per problem, still reads the other files, and writes nothing', async () => {
    const out = join(root, 'out', 'graph.json')
    const { status, stderr } = await run('--glossary', glossary, '--out', out)
    expect(status).toBe(1)
    const lines = stderr.trim().split('\n')
    expect(lines).toEqual([
      'a.md:3: warning: duplicate term "bpe" (also at a.md:4); entries merged',
      'a.md:4: warning: duplicate term "bpe" (also at a.md:3); entries merged',
      'broken.md: error: broken symbolic link (to missing.md)',
      'loop.md: error: symbolic link loop (it points back at itself)',
      'sub.md: error: is a directory, not a file',
      `extract: 3 error(s) in ${glossary}; ${out} was not written`,
    ])
    expect(existsSync(out)).toBe(false)
  })

  it.each([
    ['a broken symbolic link', 'broken.md', 'broken symbolic link (to missing.md)'],
    ['a symbolic link loop', 'loop.md', 'symbolic link loop (it points back at itself)'],
  ])('names %s given as the glossary in one line', async (_case, file, problem) => {
    const { status, stderr } = await run('--glossary', join(glossary, file), '--out', join(root, 'x.json'))
    expect(status).toBe(2)
    expect(stderr.trim().split('\n')).toEqual([`extract: ${join(glossary, file)}: ${problem}`])
  })
})

describe('npm run extract, size limit', { timeout: 300_000 }, () => {
  const root = mkdtempSync(join(tmpdir(), 'extract-size-'))
  const glossary = join(root, 'big.md')
  // About 3 KB of entries.
  writeFileSync(
    glossary,
    `# T\n\n${Array.from({ length: 100 }, (_, i) => `- T${i}，术语${i}，一种方法\n`).join('')}`,
  )

  it('refuses a glossary over --max-size in one error, naming its size and the flag', async () => {
    const out = join(root, 'refused', 'graph.json')
    const { status, stderr } = await run('--glossary', glossary, '--out', out, '--max-size', '0.001')
    expect(status).toBe(1)
    const size = (Buffer.byteLength(readFileSync(glossary)) / 1e3).toFixed(1)
    expect(stderr.trim().split('\n')).toEqual([
      `big.md: error: ${size} KB, over the 1.0 KB limit for a glossary (read it anyway with --max-size 1)`,
      `extract: 1 error(s) in ${glossary}; ${out} was not written`,
    ])
    const report: { diagnostics: unknown[] } = JSON.parse(
      readFileSync(join(root, 'refused', 'build-report.json'), 'utf8'),
    )
    expect(report.diagnostics).toHaveLength(1)
  })

  it('reads it with a higher --max-size or GLOSSARY_MAX_SIZE', async () => {
    expect(
      (await run('--glossary', glossary, '--out', join(root, 'a.json'), '--max-size', '1', '--quiet')).status,
    ).toBe(0)
    const env = await runChild(
      process.execPath,
      ['--import', tsx, cli, '--glossary', glossary, '--out', join(root, 'b.json')],
      { env: { ...process.env, GLOSSARY_MAX_SIZE: '0.001' } },
    )
    expect(env.status).toBe(1)
    expect(env.stderr).toContain('over the 1.0 KB limit')
  })

  it('rejects a --max-size that is not a positive number', async () => {
    const bad = await run('--glossary', glossary, '--max-size', 'lots')
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain('--max-size wants a number of megabytes (more than 0), not "lots"')
  })
})

describe('npm run extract, a glossary outside the working directory', { timeout: 300_000 }, () => {
  it('publishes paths relative to the glossary folder: graph.json, views, exports, report', async () => {
    const root = mkdtempSync(join(tmpdir(), 'extract-abs-'))
    const glossary = join(root, 'notes')
    mkdirSync(glossary)
    writeFileSync(join(glossary, 'a.md'), '# Notes\n\n- BPE，分词\n- Tokenizer，切词，用BPE\n- bpe，重复\n')
    const out = join(root, 'out', 'graph.json')
    expect((await run('--glossary', glossary, '--out', out, '--quiet')).status).toBe(0)
    const graph: {
      attributes: { sources: string[] }
      nodes: { attributes: { source?: { file: string } } }[]
    } = JSON.parse(readFileSync(out, 'utf8'))
    expect(graph.attributes.sources).toEqual(['a.md'])
    expect(graph.nodes.flatMap((n) => n.attributes.source?.file ?? [])).toEqual(['a.md', 'a.md'])
    for (const file of [
      'graph.json',
      'graph-view.json',
      'graph.gexf',
      'graph.graphml',
      'build-report.json',
    ]) {
      expect(readFileSync(join(root, 'out', file), 'utf8'), file).not.toContain(root)
    }
  })
})
