/**
 * One raw entry → one term's fields. The one-line bullet dialect (`名称，释义`) is split by
 * parseEntryFields; every other shape gives its names apart (parseNames) and its definition
 * apart, and a table gives some names in columns of their own.
 */
import type { SourceRef, Term } from '../../format/types'
import { foldName } from '../../format/text'
import type { Diagnostic } from '../diagnostics'
import type { RawEntry } from '../read/raw-entry'
import { leadingNames, parseEntryFields } from './entry-fields'
import { parseNames, type NameOptions } from './names'
import { sectionCheck } from './letter-check'
import { placeLinks } from './definition-links'

export interface EntryTerm {
  /** The term, its slug still to be given (slugs are handed out after duplicates merge). */
  term?: Term
  /** The short form its head gives in brackets (`AGI` in `通用人工智能（…/AGI）`): a name of its own, for merging. */
  abbreviation?: string
  diagnostics: Diagnostic[]
}

/** Fields of a term before it has a slug. */
interface Fields {
  label: string
  abbreviation?: string
  expansion?: string
  gloss?: string
  definition: string
  names: Array<string | undefined>
}

export function entryTerm(entry: RawEntry, source: SourceRef, options: NameOptions = {}): EntryTerm {
  const fields = isDialect(entry) ? dialectFields(entry) : splitFields(entry, options)
  if (!fields?.label) {
    return {
      diagnostics: [{ severity: 'error', source, message: `entry has no term name: "${entry.head}"` }],
    }
  }
  const diagnostics: Diagnostic[] = []
  const { label, expansion, gloss } = fields
  const { definition, links } = placeLinks(fields.definition, entry.links ?? [])
  if (!definition && !gloss && !expansion && !entry.extra) {
    diagnostics.push({ severity: 'warning', source, message: `"${label}" has no definition` })
  }
  const misplaced = sectionCheck([label, expansion, gloss, ...fields.names], entry.section)
  if (misplaced) diagnostics.push({ severity: 'warning', source, message: misplaced })
  const term: Term = {
    label,
    slug: '',
    ...(expansion ? { expansion } : {}),
    ...(gloss ? { gloss } : {}),
    definition,
    ...(entry.extra ? { examples: entry.extra } : {}),
    aliases: uniqueNames([label, ...fields.names, expansion, gloss]),
    source,
    ...(entry.section ? { section: entry.section } : {}),
    ...(entry.anchors && entry.anchors.length > 0 ? { anchors: entry.anchors } : {}),
    ...(links.length > 0 ? { definitionLinks: links } : {}),
  }
  return { term, diagnostics, ...(fields.abbreviation ? { abbreviation: fields.abbreviation } : {}) }
}

/** `RL，Reinforcement Learning的简写，强化学习`: names and definition in one text. */
function dialectFields(entry: RawEntry): Fields | undefined {
  const fields = parseEntryFields(entry.head)
  return fields && { ...fields, names: fields.parenAliases }
}

/** A one-line bullet whose names and definition the parse stage splits itself. */
export const isDialect = (entry: RawEntry): boolean =>
  entry.shape === 'bullet' && entry.definition === undefined

/** A head of names and a definition written apart. */
function splitFields(entry: RawEntry, options: NameOptions): Fields {
  const names = parseNames(entry.head, options)
  const fromColumns = entry.names ?? {}
  // A name given again for the label itself (`中文：参数` under `### 参数`) is no other name.
  const other = (name: string | undefined) =>
    name && foldName(name) !== foldName(names.label) ? name : undefined
  const expansion = other(fromColumns.expansion) || names.expansion
  const gloss = other(fromColumns.gloss) || names.gloss
  const lead = leadingNames(names.label, entry.definition ?? '', { expansion, gloss })
  return {
    label: names.label,
    ...(names.abbreviation ? { abbreviation: names.abbreviation } : {}),
    expansion: expansion ?? lead.expansion,
    gloss: gloss ?? lead.gloss,
    definition: lead.definition,
    names: [...names.aliases, fromColumns.abbreviation, ...(fromColumns.aliases ?? [])],
  }
}

/** Names deduplicated the way duplicates are found: "Layer Norm" = "layernorm". */
export function uniqueNames(names: ReadonlyArray<string | undefined>): string[] {
  const out: string[] = []
  const keys = new Set<string>()
  for (const name of names) {
    if (!name) continue
    const key = foldName(name)
    if (keys.has(key)) continue
    keys.add(key)
    out.push(name)
  }
  return out
}
