/**
 * The same name twice: real glossaries repeat a term across sections (once in a table, once
 * with an example, or once by its Chinese name and once by its abbreviation in a table of
 * abbreviations). Both places get a warning, and the entries become one term keeping every
 * definition in order and every name. A name shared by two terms that are otherwise
 * different is a warning only.
 */
import type { Term } from '../../format/types'
import { foldName } from '../../format/text'
import type { Diagnostic } from '../diagnostics'
import { joinParts } from '../read/compose'
import { uniqueNames } from './term'

/** Between the definitions of merged entries: a paragraph break, so each stays whole. */
const MERGED_DEFINITION_SEPARATOR = '\n\n'

const where = (term: Term): string => `${term.source.file}:${term.source.line}`

/** A term's proper names: label, full name and Chinese name, folded. */
const properNames = (term: Term): string[] =>
  [term.label, term.expansion, term.gloss].filter((name) => name !== undefined).map(foldName)

/**
 * Merge terms that are one: the same label, or one's label is the other's full or Chinese
 * name (首字延迟 with full name "Time to First Token", then TTFT | Time to First Token).
 * Two terms that only share a secondary name (both glossed 向量) stay apart.
 */
export function mergeDuplicates(terms: readonly Term[]): { terms: Term[]; diagnostics: Diagnostic[] } {
  const out: Term[] = []
  const diagnostics: Diagnostic[] = []
  const byName = new Map<string, number>()
  const byLabel = new Map<string, number>()
  const remember = (term: Term, index: number) => {
    for (const name of properNames(term)) if (!byName.has(name)) byName.set(name, index)
    if (!byLabel.has(foldName(term.label))) byLabel.set(foldName(term.label), index)
  }
  for (const term of terms) {
    const index =
      byName.get(foldName(term.label)) ??
      properNames(term)
        .map((name) => byLabel.get(name))
        .find((i) => i !== undefined)
    const first = index === undefined ? undefined : out[index]
    if (index === undefined || !first) {
      remember(term, out.length)
      out.push(term)
      continue
    }
    const sameLabel = foldName(first.label) === foldName(term.label)
    const message = (other: Term) =>
      sameLabel
        ? `duplicate term "${term.label}" (also at ${where(other)}); entries merged`
        : `"${first.label}" and "${term.label}" are names of the same term (also at ${where(other)}); entries merged`
    diagnostics.push(
      { severity: 'warning', code: 'duplicate', source: first.source, message: message(term) },
      { severity: 'warning', code: 'duplicate', source: term.source, message: message(first) },
    )
    out[index] = merge(first, term)
    remember(term, index)
  }
  return { terms: out, diagnostics }
}

function merge(first: Term, next: Term): Term {
  // A definition that only repeats one of the names ("TTFT | Time to First Token | 首字延迟") adds nothing.
  const names = new Set([...first.aliases, ...next.aliases].map(foldName))
  const definition = [first.definition, next.definition]
    .filter((text) => text && !names.has(foldName(text)))
    .join(MERGED_DEFINITION_SEPARATOR)
  const examples = joinParts([first.examples ?? '', next.examples ?? ''])
  const expansion = first.expansion ?? next.expansion
  const gloss = first.gloss ?? next.gloss
  return {
    ...first,
    ...(expansion ? { expansion } : {}),
    ...(gloss ? { gloss } : {}),
    definition,
    ...(examples ? { examples } : {}),
    aliases: uniqueNames([...first.aliases, ...next.aliases]),
  }
}

/** A warning for every name two different terms both go by. */
export function sharedAliases(terms: readonly Term[]): Diagnostic[] {
  const owner = new Map<string, Term>()
  const diagnostics: Diagnostic[] = []
  for (const term of terms) {
    for (const alias of term.aliases) {
      const key = foldName(alias)
      const other = owner.get(key)
      if (!other) owner.set(key, term)
      else if (other !== term) {
        diagnostics.push({
          severity: 'warning',
          code: 'alias-conflict',
          source: term.source,
          message: `"${alias}" names both "${other.label}" (${where(other)}) and "${term.label}"`,
        })
      }
    }
  }
  return diagnostics
}
