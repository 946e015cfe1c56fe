/**
 * Parse stage: glossary files → terms, with every problem found reported as `file:line`.
 * Readers (../read) find the entries in whatever shape; this turns each into a term's
 * fields, merges a term written twice, and refuses a glossary with no terms at all.
 */
import type { Term, SourceRef } from '../../format/types'
import type { Diagnostic } from '../diagnostics'
import type { EntryShape, RawEntry } from '../read/raw-entry'
import { readMarkdown } from '../read/markdown'
import { isDialect, entryTerm } from './term'
import { giveNamesToOwners, mergeDuplicates, sharedAliases, type SameAsPair } from './merge'
import { isBilingualHead } from './names'
import { createSlugAllocator } from './slug'
import { noTermsError } from './no-terms'

export interface GlossaryFile {
  /** Path as it should appear in diagnostics and `source.file`. */
  path: string
  content: string
}

/** How one file was read, for the CLI summary. */
export interface FileReading {
  file: string
  /** Entries read, by the shape they were written in. */
  shapes: Partial<Record<EntryShape, number>>
  /** Heading levels terms were read at (`level 3`). */
  headingLevels: string[]
  /** Tables read, and how (`term column "英文简称"`). */
  tables: string[]
  /** Blocks skipped, each with a note. */
  skipped: number
}

export interface ParseResult {
  title: string
  terms: Term[]
  /** Two entries for one thing, each with its own definition: linked `same-as`, not merged. */
  sameAs: SameAsPair[]
  diagnostics: Diagnostic[]
  readings: FileReading[]
}

/** Parse every file in order; terms keep that order. */
export function parseGlossary(files: readonly GlossaryFile[]): ParseResult {
  const parsed: Term[] = []
  const abbreviations: Array<string | undefined> = []
  const diagnostics: Diagnostic[] = []
  const readings: FileReading[] = []
  let title: string | undefined

  for (const file of files) {
    const reading = readMarkdown(file.content, file.path)
    title ??= reading.title
    diagnostics.push(...reading.diagnostics)
    readings.push(describe(file.path, reading.entries, reading.summaries, reading.diagnostics))
    const options = { bilingualHeads: writesBilingualHeads(reading.entries) }
    for (const entry of reading.entries) {
      const source: SourceRef = { file: file.path, line: entry.line }
      const result = entryTerm(entry, source, options)
      diagnostics.push(...result.diagnostics)
      if (result.term) {
        parsed.push(result.term)
        abbreviations.push(result.abbreviation)
      }
    }
  }
  const merged = mergeDuplicates(parsed, abbreviations)
  diagnostics.push(...merged.diagnostics, ...sharedAliases(merged.terms, merged.sameAs))
  const allocateSlug = createSlugAllocator()
  const terms = giveNamesToOwners(merged.terms).map((term) => ({ ...term, slug: allocateSlug(term.label) }))
  if (terms.length === 0 && !diagnostics.some((d) => d.severity === 'error')) {
    diagnostics.push(noTermsError(files, diagnostics))
  }
  return { title: title ?? 'Glossary', terms, sameAs: merged.sameAs, diagnostics, readings }
}

/** Most of the file's heads (three or more) read `English 中文`: see NameOptions. */
function writesBilingualHeads(entries: readonly RawEntry[]): boolean {
  const heads = entries
    .filter((entry) => entry.shape !== 'table' && !isDialect(entry))
    .map((entry) => entry.head)
  const bilingual = heads.filter(isBilingualHead).length
  return bilingual >= 3 && bilingual * 2 > heads.length
}

function describe(
  file: string,
  entries: readonly RawEntry[],
  summaries: ReadonlyArray<{ shape: EntryShape; summary: string }>,
  diagnostics: readonly Diagnostic[],
): FileReading {
  const shapes: Partial<Record<EntryShape, number>> = {}
  for (const entry of entries) shapes[entry.shape] = (shapes[entry.shape] ?? 0) + 1
  return {
    file,
    shapes,
    headingLevels: [
      ...new Set(summaries.filter((s) => s.shape === 'heading' && s.summary).map((s) => s.summary)),
    ],
    tables: summaries.filter((s) => s.shape === 'table').map((s) => s.summary),
    skipped: diagnostics.filter((d) => d.severity === 'note').length,
  }
}
