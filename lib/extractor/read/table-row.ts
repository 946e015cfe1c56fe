/**
 * One glossary table row → one entry. The label comes from the first filled name column in
 * rank order (abbreviation, term, full name, mixed names, Chinese name), so a table with
 * "英文简称 | 英文全称 | 中文" is labelled by its abbreviations, and a row whose abbreviation
 * is empty falls back to its full name. Every other column keeps its meaning.
 */
import { foldName, hasHan } from '../../format/text'
import type { Diagnostic } from '../diagnostics'
import type { RawEntry, ReadContext } from './raw-entry'
import type { CellText } from './table-cells'
import { splitByScript } from './table-cells'
import type { ColumnRole } from './table-headers'
import { NAME_ROLES } from './table-headers'

/** One table row, read: the line it starts on and its cells. */
export interface TableRowText {
  line: number
  cells: CellText[]
}

type Names = NonNullable<RawEntry['names']>

/**
 * The entries of a table's rows, in order, and a warning for each row without a name.
 * A row that only holds a bold title ("**Training**") heads the rows under it, as their
 * section, unless the table bolds its names anyway.
 */
export function readRows(
  rows: readonly TableRowText[],
  roles: ReadonlyArray<ColumnRole | undefined>,
  label: number,
  context: ReadContext,
): { entries: RawEntry[]; diagnostics: Diagnostic[] } {
  const entries: RawEntry[] = []
  const diagnostics: Diagnostic[] = []
  const named = rows.filter((row) => row.cells.filter((cell) => cell.text !== '').length >= 2)
  const boldNames = named.filter((row) => row.cells[label]?.emphasised).length * 2 >= named.length
  let group: string | undefined
  for (const row of rows) {
    const filled = row.cells.filter((cell) => cell.text !== '')
    if (filled.length === 0) continue
    if (filled.length === 1 && filled[0]?.emphasised && !boldNames) {
      group = filled[0].name
      continue
    }
    const read = rowEntry(row, roles, { ...context, section: group ?? context.section })
    if ('entry' in read) entries.push(read.entry)
    else
      diagnostics.push({
        severity: 'warning',
        source: { file: context.file, line: row.line },
        message: read.problem,
      })
  }
  return { entries, diagnostics }
}

/** The row's entry, or the problem that kept it from being one. */
function rowEntry(
  row: TableRowText,
  roles: ReadonlyArray<ColumnRole | undefined>,
  context: ReadContext,
): { entry: RawEntry } | { problem: string } {
  const cellsOf = (role: ColumnRole): Array<{ i: number; name: string; text: string }> =>
    roles.flatMap((r, i) => {
      const cell = row.cells[i]
      return r === role && cell && cell.text !== '' ? [{ i, name: cell.name, text: cell.text }] : []
    })
  const definition = cellsOf('definition').map((cell) => cell.text)
  const examples = cellsOf('example').map((cell) => cell.text)
  const label = NAME_ROLES.flatMap((role) => cellsOf(role).map((cell) => ({ ...cell, role })))[0]
  if (!label) {
    const said = [...definition, ...examples].join(' ').slice(0, 40)
    return { problem: `table row has no term name${said ? ` ("${said}")` : ''}` }
  }

  // A mixed "English 中文" label keeps the English as the label and the Chinese as a name.
  const split = label.role === 'names' ? splitByScript(label.name) : {}
  const head = split.latin && split.han ? split.latin : label.name
  const names: Names = {}
  if (split.latin && split.han) addName(names, 'gloss', split.han, head)
  for (const role of NAME_ROLES) {
    for (const cell of cellsOf(role)) if (cell.i !== label.i) addNameCell(names, role, cell.name, head)
  }
  const entry: RawEntry = { shape: 'table', line: row.line, head }
  const section = cellsOf('category')[0]?.name ?? context.section
  if (section) entry.section = section
  if (definition.length > 0) entry.definition = definition.join('\n')
  if (Object.keys(names).length > 0) entry.names = names
  if (examples.length > 0) entry.extra = examples.join('\n')
  const links = roles.flatMap((role, i) => (role === 'definition' ? (row.cells[i]?.links ?? []) : []))
  if (links.length > 0) entry.links = links
  const anchors = [
    ...new Set(
      roles.flatMap((role, i) => (role && NAME_ROLES.includes(role) ? (row.cells[i]?.ids ?? []) : [])),
    ),
  ]
  if (anchors.length > 0) entry.anchors = anchors
  return { entry }
}

/** A name column's cell into the entry's names, by role and by script. */
function addNameCell(names: Names, role: ColumnRole, name: string, head: string): void {
  if (role === 'abbreviation') return addName(names, 'abbreviation', name, head)
  // A column headed "中文" keeps its cells whole ("Prompt 缓存" is one Chinese name).
  if (role === 'gloss') return addName(names, hasHan(name) ? 'gloss' : 'expansion', name, head)
  const { latin, han } = splitByScript(name)
  if (latin) addName(names, 'expansion', latin, head)
  if (han) addName(names, 'gloss', han, head)
}

/** Add a name, unless it is the label again; a second name of the same kind joins with " / ". */
function addName(
  names: Names,
  kind: 'abbreviation' | 'expansion' | 'gloss',
  name: string,
  head: string,
): void {
  if (foldName(name) === foldName(head)) return
  const before = names[kind]
  names[kind] = before ? `${before} / ${name}` : name
}
