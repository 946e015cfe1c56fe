/**
 * The same name twice: real glossaries repeat a term across sections (once in a table, once
 * with an example). Both places get a warning, and the entries become one term keeping every
 * definition in order and every name. A name shared by two different terms is a warning too.
 */
import type { Term } from '../../format/types'
import { foldName } from '../../format/text'
import type { Diagnostic } from '../diagnostics'
import { joinParts } from '../read/compose'
import { uniqueNames } from './term'

/** Between the definitions of merged entries: a paragraph break, so each stays whole. */
export const MERGED_DEFINITION_SEPARATOR = '\n\n'

const where = (term: Term): string => `${term.source.file}:${term.source.line}`

/** Merge terms whose labels fold alike, into the first of them. */
export function mergeDuplicates(terms: readonly Term[]): { terms: Term[]; diagnostics: Diagnostic[] } {
  const out: Term[] = []
  const diagnostics: Diagnostic[] = []
  const byLabel = new Map<string, number>()
  for (const term of terms) {
    const key = foldName(term.label)
    const index = byLabel.get(key)
    const first = index === undefined ? undefined : out[index]
    if (index === undefined || !first) {
      byLabel.set(key, out.length)
      out.push(term)
      continue
    }
    const message = (other: Term) =>
      `duplicate term "${term.label}" (also at ${where(other)}); entries merged`
    diagnostics.push(
      { severity: 'warning', source: first.source, message: message(term) },
      { severity: 'warning', source: term.source, message: message(first) },
    )
    out[index] = merge(first, term)
  }
  return { terms: out, diagnostics }
}

function merge(first: Term, next: Term): Term {
  const definition = [first.definition, next.definition].filter(Boolean).join(MERGED_DEFINITION_SEPARATOR)
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
          source: term.source,
          message: `"${alias}" names both "${other.label}" (${where(other)}) and "${term.label}"`,
        })
      }
    }
  }
  return diagnostics
}
