/**
 * The same name twice: real glossaries repeat a term across sections (once in a table, once
 * with an example, or once by its Chinese name and once by its abbreviation in a table of
 * abbreviations). Both places get a warning. Entries with the same label, or where one adds
 * only names, become one term keeping every definition in order and every name; two entries
 * that each explain the term in their own words (`RAG` and `检索增强生成（…/RAG）`) stay two
 * terms, linked as the same thing, so neither text is lost inside the other. A name shared by
 * two terms that are otherwise different is a warning only.
 */
import type { DefinitionLink, Term } from '../../format/types'
import { shiftLinks } from './definition-links'
import { foldName } from '../../format/text'
import type { Diagnostic } from '../diagnostics'
import { joinParts } from '../read/compose'
import { uniqueNames } from './term'

/** Between the definitions of merged entries: a paragraph break, so each stays whole. */
const MERGED_DEFINITION_SEPARATOR = '\n\n'

const where = (term: Term): string => `${term.source.file}:${term.source.line}`

/** A term's proper names: label, full name and Chinese name (and a bracketed abbreviation), folded. */
const properNames = (term: Term, abbreviation?: string): string[] =>
  [term.label, term.expansion, term.gloss, abbreviation].filter((name) => name !== undefined).map(foldName)

/** Two entries for one thing, kept apart (indexes into `terms`): the later one, then the earlier. */
export type SameAsPair = readonly [later: number, earlier: number]

/**
 * Merge terms that are one: the same label, or one's label is the other's full, Chinese or
 * bracketed short name (首字延迟 with full name "Time to First Token", then TTFT | Time to
 * First Token) and one of them adds nothing but names. When both define the term in words of
 * their own they stay apart as a `sameAs` pair. Two terms that only share a secondary name
 * (both glossed 向量) stay apart unpaired. `abbreviations[i]` is the short form term i's head
 * gives in brackets, if any.
 */
export function mergeDuplicates(
  terms: readonly Term[],
  abbreviations: ReadonlyArray<string | undefined> = [],
): { terms: Term[]; sameAs: SameAsPair[]; diagnostics: Diagnostic[] } {
  const out: Term[] = []
  const sameAs: SameAsPair[] = []
  const diagnostics: Diagnostic[] = []
  const byName = new Map<string, number>()
  const byLabel = new Map<string, number>()
  const remember = (names: readonly string[], label: string, index: number) => {
    for (const name of names) if (!byName.has(name)) byName.set(name, index)
    if (!byLabel.has(foldName(label))) byLabel.set(foldName(label), index)
  }
  for (const [n, term] of terms.entries()) {
    const names = properNames(term, abbreviations[n])
    const index =
      byName.get(foldName(term.label)) ?? names.map((name) => byLabel.get(name)).find((i) => i !== undefined)
    const first = index === undefined ? undefined : out[index]
    if (index === undefined || !first) {
      remember(names, term.label, out.length)
      out.push(term)
      continue
    }
    const sameLabel = foldName(first.label) === foldName(term.label)
    const keepApart = !sameLabel && definesInOwnWords(first) && definesInOwnWords(term)
    const outcome = keepApart ? 'kept as two entries of the same thing' : 'entries merged'
    const message = (other: Term) =>
      sameLabel
        ? `duplicate term "${term.label}" (also at ${where(other)}); ${outcome}`
        : `"${first.label}" and "${term.label}" are names of the same term (also at ${where(other)}); ${outcome}`
    diagnostics.push(
      { severity: 'warning', code: 'duplicate', source: first.source, message: message(term) },
      { severity: 'warning', code: 'duplicate', source: term.source, message: message(first) },
    )
    if (keepApart) {
      sameAs.push([out.length, index])
      out.push(term)
      continue
    }
    out[index] = merge(first, term)
    remember(names, term.label, index)
  }
  return { terms: out, sameAs, diagnostics }
}

/** A definition that is more than a repetition of the term's own names. */
function definesInOwnWords(term: Term): boolean {
  const names = new Set(term.aliases.map(foldName))
  return term.definition.trim() !== '' && !names.has(foldName(term.definition))
}

function merge(first: Term, next: Term): Term {
  // A definition that only repeats one of the names ("TTFT | Time to First Token | 首字延迟") adds nothing.
  const names = new Set([...first.aliases, ...next.aliases].map(foldName))
  let definition = ''
  const definitionLinks: DefinitionLink[] = []
  for (const part of [first, next]) {
    if (!part.definition || names.has(foldName(part.definition))) continue
    if (definition) definition += MERGED_DEFINITION_SEPARATOR
    definitionLinks.push(...shiftLinks(part.definitionLinks ?? [], definition.length))
    definition += part.definition
  }
  const anchors = [...new Set([...(first.anchors ?? []), ...(next.anchors ?? [])])]
  const examples = joinParts([first.examples ?? '', next.examples ?? ''])
  // The other entry's full name may be this one's label (`ML` merged into `Machine Learning`).
  const notLabel = (name: string | undefined) =>
    name && foldName(name) !== foldName(first.label) ? name : undefined
  const expansion = notLabel(first.expansion) ?? notLabel(next.expansion)
  const gloss = notLabel(first.gloss) ?? notLabel(next.gloss)
  // Both lists hold the first entry's own, so `...first` leaves nothing stale behind.
  return {
    ...first,
    ...(expansion ? { expansion } : {}),
    ...(gloss ? { gloss } : {}),
    definition,
    ...(examples ? { examples } : {}),
    aliases: uniqueNames([...first.aliases, ...next.aliases]),
    ...(anchors.length > 0 ? { anchors } : {}),
    ...(definitionLinks.length > 0 ? { definitionLinks } : {}),
  }
}

/** A warning for every name two different terms both go by (`pairs` already have their warning). */
export function sharedAliases(terms: readonly Term[], pairs: readonly SameAsPair[] = []): Diagnostic[] {
  const paired = new Set(pairs.flatMap(([a, b]) => [`${a}>${b}`, `${b}>${a}`]))
  const owner = new Map<string, number>()
  const diagnostics: Diagnostic[] = []
  for (const [index, term] of terms.entries()) {
    for (const alias of term.aliases) {
      const key = foldName(alias)
      const known = owner.get(key)
      const other = known === undefined ? undefined : terms[known]
      if (known === undefined || !other) owner.set(key, index)
      else if (known !== index && !paired.has(`${known}>${index}`)) {
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

/**
 * A name one term lists among its other names and another term bears as its own (its label,
 * full name or Chinese name) belongs to the latter: `Bot (机器人/聊天机器人)` beside
 * `Chatbot (聊天机器人)` leaves 聊天机器人 to Chatbot, so a text that says 聊天机器人 names
 * Chatbot. sharedAliases still warns about it.
 */
export function giveNamesToOwners(terms: readonly Term[]): Term[] {
  const owners = new Set(terms.flatMap((term) => properNames(term)))
  return terms.map((term) => {
    const own = new Set(properNames(term))
    const aliases = term.aliases.filter((alias) => own.has(foldName(alias)) || !owners.has(foldName(alias)))
    return aliases.length === term.aliases.length ? term : { ...term, aliases }
  })
}
