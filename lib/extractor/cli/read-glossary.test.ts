import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../diagnostics'
import { displayPaths, readGlossary } from './read-glossary'
import { fileProblem } from './file-problem'

describe('displayPaths', () => {
  // [glossary as given, is a directory, working directory, a file of it, how it is shown]
  it.each<[string, boolean, string, string, string]>([
    ['glossary', true, '/repo', 'glossary/a.md', 'glossary/a.md'],
    ['glossary/a.md', false, '/repo', 'glossary/a.md', 'glossary/a.md'],
    ['/repo/docs/terms', true, '/repo', '/repo/docs/terms/b.md', 'docs/terms/b.md'],
    ['/home/me/notes', true, '/repo', '/home/me/notes/a.md', 'a.md'],
    ['/home/me/notes/a.md', false, '/repo', '/home/me/notes/a.md', 'a.md'],
    ['/home/me/notes/a.md', false, '/repo', '/home/me/notes/concepts.txt', 'concepts.txt'],
    ['../notes', true, '/repo/app', '../notes/a.md', 'a.md'],
    ['/repo-other/g', true, '/repo', '/repo-other/g/x.md', 'x.md'],
    ['..notes', true, '/repo', '..notes/a.md', '..notes/a.md'],
  ])('%s (directory: %s) from %s shows %s as %s', (glossary, isDir, cwd, file, shown) => {
    expect(displayPaths(glossary, isDir, cwd)(file)).toBe(shown)
  })
})

describe('fileProblem', () => {
  const failing = (code: string) => Object.assign(new Error(`${code}: something`), { code })
  it.each([
    ['ENOENT', 'no such file or directory'],
    ['ELOOP', 'symbolic link loop (it points back at itself)'],
    ['EISDIR', 'is a directory, not a file'],
    ['EACCES', 'permission denied'],
    ['EPERM', 'permission denied'],
    ['ENOTDIR', 'a part of the path is a file, not a directory'],
    ['EIO', 'EIO: something'],
  ])('%s reads "%s"', (code, problem) => {
    expect(fileProblem('/nowhere/x.md', failing(code))).toBe(problem)
  })
})

describe('readGlossary', () => {
  // Root reads any file whatever its mode: the case is only real for other users.
  it.skipIf(process.getuid?.() === 0)('names a file it may not read, and reads the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'read-glossary-'))
    writeFileSync(join(dir, 'a.md'), '# T\n\n- BPE，分词\n')
    writeFileSync(join(dir, 'b.md'), '# T\n\n- RL，强化学习\n')
    chmodSync(join(dir, 'b.md'), 0)
    const input = readGlossary(dir)
    if ('error' in input) throw new Error(input.error)
    expect(input.files.map((f) => f.path)).toEqual(['a.md'])
    expect(input.diagnostics?.map(formatDiagnostic)).toEqual(['b.md: error: permission denied'])
  })

  it('leaves out a directory named like a glossary file, with one error, and reads the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'read-glossary-'))
    writeFileSync(join(dir, 'a.md'), '# T\n\n- BPE，分词\n')
    mkdirSync(join(dir, 'sub.md'))
    const input = readGlossary(dir)
    if ('error' in input) throw new Error(input.error)
    expect(input.files.map((f) => f.path)).toEqual(['a.md'])
    expect(input.diagnostics?.map(formatDiagnostic)).toEqual(['sub.md: error: is a directory, not a file'])
  })
})
