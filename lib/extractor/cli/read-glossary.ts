/**
 * Finds and reads the glossary files for the CLI: one file, or every *.md in a directory
 * (sorted, so the order and therefore the output are stable), and the curated concepts.txt.
 * Files are read as bytes and decoded (read/decode.ts): UTF-8, UTF-16 or a Chinese encoding.
 *
 * A file that cannot be read (a directory named `x.md`, a broken or looping symbolic link,
 * no permission) is one error at its path, and the other files are still read, so one run
 * lists every problem. A glossary over `maxBytes` is one error and is not read at all.
 * Paths in diagnostics and in the graph are relative (see `displayPaths`), never absolute.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import type { ExtractInput } from '../extract'
import type { GlossaryFile } from '../parse'
import type { Diagnostic } from '../diagnostics'
import { decodeGlossary } from '../read/decode'
import { fileProblem } from './file-problem'
import { ENVIRONMENT } from '../../format/settings'

const CURATED_FILE = 'concepts.txt'

/** A glossary bigger than this is refused unless `maxBytes` says otherwise: 20 MB. */
const DEFAULT_MAX_BYTES = Number(ENVIRONMENT.GLOSSARY_MAX_SIZE.fallback) * 1e6

export interface ReadOptions {
  /** The curated concepts file; default concepts.txt beside the glossary. */
  concepts?: string
  /** Glossary files adding up to more bytes are one error, and none is read. */
  maxBytes?: number
}

export interface GlossaryInput extends ExtractInput {
  /** Bytes of glossary markdown read. */
  bytes: number
}

export function readGlossary(path: string, options: ReadOptions = {}): GlossaryInput | { error: string } {
  const { concepts: conceptsPath, maxBytes = DEFAULT_MAX_BYTES } = options
  const kind = pathKind(path)
  if (typeof kind !== 'string' || kind === 'other') {
    return { error: `${path}: ${typeof kind === 'string' ? 'not a file or directory' : kind.problem}` }
  }
  const isDir = kind === 'directory'
  let paths: string[]
  try {
    paths = isDir
      ? readdirSync(path)
          .filter((name) => name.endsWith('.md'))
          .sort()
          .map((name) => join(path, name))
      : [path]
  } catch (error) {
    return { error: `${path}: ${fileProblem(path, error)}` }
  }
  if (paths.length === 0) return { error: `no .md files in ${path}` }
  const shown = displayPaths(path, isDir)
  const curatedPath = conceptsPath ?? join(isDir ? path : dirname(path), CURATED_FILE)
  if (conceptsPath && pathKind(conceptsPath) !== 'file') return { error: `no such file: ${conceptsPath}` }

  const diagnostics: Diagnostic[] = []
  const fileError = (file: string, message: string) =>
    diagnostics.push({ severity: 'error', source: { file: shown(file), line: 0 }, message })

  const sizes = paths.map((file) => {
    const size = fileSize(file)
    if (typeof size === 'number') return size
    fileError(file, size.problem)
    return undefined
  })
  const bytes = sizes.reduce((sum: number, size) => sum + (size ?? 0), 0)
  if (bytes > maxBytes) {
    const what = isDir ? `its .md files add up to ${megabytes(bytes)}` : megabytes(bytes)
    const message = `${what}, over the ${megabytes(maxBytes)} limit for a glossary (read it anyway with --max-size ${Math.ceil(bytes / 1e6)})`
    diagnostics.push({ severity: 'error', source: { file: shown(path), line: 0 }, message })
    return { files: [], diagnostics, bytes: 0 }
  }

  // A file that cannot be read or decoded is left out; its error stops the build after every file is read.
  const read = (file: string): GlossaryFile | undefined => {
    let content: Buffer
    try {
      content = readFileSync(file)
    } catch (error) {
      fileError(file, fileProblem(file, error))
      return undefined
    }
    const decoded = decodeGlossary(content, shown(file))
    diagnostics.push(...decoded.diagnostics)
    return decoded.text === undefined ? undefined : { path: shown(file), content: decoded.text }
  }
  const files = paths
    .filter((_file, i) => typeof sizes[i] === 'number')
    .map(read)
    .filter((file) => file !== undefined)
  const concepts = pathKind(curatedPath) === 'file' ? read(curatedPath) : undefined
  return { files, ...(concepts ? { concepts } : {}), diagnostics, bytes }
}

type Kind = 'file' | 'directory' | 'other' | { problem: string }

/** What is at `path`, following symbolic links, or the problem that stops reading it. */
function pathKind(path: string): Kind {
  try {
    const stats = statSync(path)
    return stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other'
  } catch (error) {
    return { problem: fileProblem(path, error) }
  }
}

/** A file's size, or the problem that stops reading it (a directory named `x.md` is one). */
function fileSize(path: string): number | { problem: string } {
  try {
    const stats = statSync(path)
    if (stats.isDirectory()) return { problem: 'is a directory, not a file' }
    return stats.isFile() ? stats.size : { problem: 'not a regular file' }
  } catch (error) {
    return { problem: fileProblem(path, error) }
  }
}

const megabytes = (bytes: number): string =>
  bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} KB`

/**
 * How the glossary's files are named in diagnostics, graph.json, exports and the site:
 * relative to the working directory when the glossary is inside it (`glossary/glossary.md`,
 * stable across machines, and what REPO_URL's links need), else relative to the glossary's
 * own folder (`notes.md` for `/home/me/notes.md` or `/home/me/glossary/notes.md` given as
 * `/home/me/glossary`), so no absolute path of the author's machine is ever published.
 */
export function displayPaths(
  glossary: string,
  isDir: boolean,
  cwd = process.cwd(),
): (file: string) => string {
  const inCwd = relative(cwd, resolve(cwd, glossary))
  const inside = inCwd !== '..' && !inCwd.startsWith(`..${sep}`) && !isAbsolute(inCwd)
  const base = inside ? cwd : resolve(cwd, isDir ? glossary : dirname(glossary))
  return (file) => relative(base, resolve(cwd, file)).split(sep).join('/') || '.'
}
