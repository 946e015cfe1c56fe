/**
 * Parse stage: glossary files → terms, with every problem found reported as `file:line`.
 */
import type { Term, SourceRef } from '../../format/types'
import { foldName } from '../../format/text'
import type { Diagnostic } from '../diagnostics'
import { parseMarkdown } from '../read/markdown'
import { parseEntryFields } from './entry'
import { createSlugAllocator } from './slug'
import { sectionCheck } from './sections'

export interface GlossaryFile {
  /** Path as it should appear in diagnostics and `source.file`. */
  path: string
  content: string
}

export interface ParseResult {
  title: string
  terms: Term[]
  diagnostics: Diagnostic[]
}

/** Parse every file in order; terms keep that order. */
export function parseGlossary(files: readonly GlossaryFile[]): ParseResult {
  const terms: Term[] = []
  const diagnostics: Diagnostic[] = []
  const allocateSlug = createSlugAllocator()
  const seen = new Map<string, SourceRef>()
  let title: string | undefined

  for (const file of files) {
    const parsed = parseMarkdown(file.content)
    title ??= parsed.title
    for (const entry of parsed.entries) {
      const source = { file: file.path, line: entry.line }
      const fields = parseEntryFields(entry.text)
      if (!fields) {
        diagnostics.push({ severity: 'error', source, message: `entry has no term name: "${entry.text}"` })
        continue
      }
      const key = duplicateKey(fields.label)
      const first = seen.get(key)
      if (first) {
        diagnostics.push({
          severity: 'error',
          source,
          message: `duplicate term "${fields.label}": already defined at ${first.file}:${first.line}`,
        })
        continue
      }
      seen.set(key, source)
      if (!fields.definition && !fields.gloss) {
        diagnostics.push({ severity: 'warning', source, message: `"${fields.label}" has no definition` })
      }
      const misplaced = sectionCheck(fields.label, entry.section)
      if (misplaced) diagnostics.push({ severity: 'warning', source, message: misplaced })

      const aliases = uniqueNames([fields.label, ...fields.parenAliases, fields.expansion, fields.gloss])
      terms.push({
        label: fields.label,
        slug: allocateSlug(fields.label),
        ...(fields.expansion ? { expansion: fields.expansion } : {}),
        ...(fields.gloss ? { gloss: fields.gloss } : {}),
        definition: fields.definition,
        aliases,
        source,
        ...(entry.section ? { section: entry.section } : {}),
      })
    }
  }
  return { title: title ?? 'Glossary', terms, diagnostics }
}

/** Duplicates are the same name up to case and spacing: "Layer Norm" = "layernorm". */
const duplicateKey = foldName

function uniqueNames(names: ReadonlyArray<string | undefined>): string[] {
  const out: string[] = []
  const keys = new Set<string>()
  for (const name of names) {
    if (!name) continue
    const key = duplicateKey(name)
    if (keys.has(key)) continue
    keys.add(key)
    out.push(name)
  }
  return out
}
