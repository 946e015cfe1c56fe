/**
 * Finds and reads the glossary files for the CLI: one file, or every *.md in a directory
 * (sorted, so the order and therefore the output are stable), and the curated concepts.txt.
 * Files are read as bytes and decoded (read/decode.ts): UTF-8, UTF-16 or a Chinese encoding.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import type { ExtractInput } from '../extract'
import type { GlossaryFile } from '../parse'
import type { Diagnostic } from '../diagnostics'
import { decodeGlossary } from '../read/decode'

const CURATED_FILE = 'concepts.txt'

export function readGlossary(path: string, conceptsPath?: string): ExtractInput | { error: string } {
  if (!existsSync(path)) return { error: `no such file or directory: ${path}` }
  const isDir = statSync(path).isDirectory()
  const paths = isDir
    ? readdirSync(path)
        .filter((name) => name.endsWith('.md'))
        .sort()
        .map((name) => join(path, name))
    : [path]
  if (paths.length === 0) return { error: `no .md files in ${path}` }

  const curatedPath = conceptsPath ?? join(isDir ? path : dirname(path), CURATED_FILE)
  if (conceptsPath && !existsSync(conceptsPath)) return { error: `no such file: ${conceptsPath}` }
  // A file that cannot be decoded is left out; its error stops the build after every file is read.
  const diagnostics: Diagnostic[] = []
  const read = (file: string): GlossaryFile | undefined => {
    const decoded = decodeGlossary(readFileSync(file), displayPath(file))
    if ('error' in decoded) {
      diagnostics.push(decoded.error)
      return undefined
    }
    if (decoded.note) diagnostics.push(decoded.note)
    return { path: displayPath(file), content: decoded.text }
  }
  const files = paths.map(read).filter((file) => file !== undefined)
  const concepts = existsSync(curatedPath) ? read(curatedPath) : undefined
  return { files, ...(concepts ? { concepts } : {}), diagnostics }
}

/** Relative to the working directory when inside it (stable across machines), else absolute. */
function displayPath(path: string): string {
  const inside = relative(process.cwd(), path)
  return inside && !inside.startsWith('..') && !isAbsolute(inside)
    ? inside.split(sep).join('/')
    : resolve(path)
}
