/**
 * The table reader: a GFM table whose rows are glossary entries. Columns are understood by
 * their headers (table-headers.ts), or by their content when the headers say nothing
 * (table-content.ts). Each row gives one entry: its label from the best name column, the
 * other name columns as names, definition and example columns as text.
 *
 * A table is read when it has a term column and at least one other column saying something
 * about the term (a definition, an example, another name). Tables of contents (most cells
 * in-page links), comparison tables (most cells numbers, dates or check marks) and tables
 * without such columns are skipped with a note saying why.
 */
import type { Table } from 'mdast'
import type { Diagnostic } from '../diagnostics'
import type { BlockReading, ReadContext, RawEntry } from './entry'
import type { CellText } from './table-cells'
import { readCell } from './table-cells'
import type { ColumnRole } from './table-headers'
import { NAME_ROLES, headerRole, isGenericHeader } from './table-headers'
import { columnFacts, isDataCell, labelColumn, rolesByContent } from './table-content'
import type { TableRowText } from './table-row'
import { rowEntry } from './table-row'

/** Read one GFM table node into glossary entries, or skip it with a note. */
export function readTable(table: Table, context: ReadContext): BlockReading {
  const line = table.position?.start.line ?? 0
  const [headRow, ...bodyRows] = table.children
  const header = headRow ? headRow.children.map(readCell) : []
  const rows: TableRowText[] = bodyRows.map((row) => ({
    line: row.position?.start.line ?? line,
    cells: row.children.map(readCell),
  }))
  const note = (message: string): Diagnostic => ({
    severity: 'note',
    source: { file: context.file, line },
    message,
  })
  const headers = `headers "${header.map((cell) => cell.name).join(', ')}"`

  const unfit = unfitReason(header, rows)
  if (unfit) return { entries: [], diagnostics: [note(`skipped ${unfit.replace('{headers}', headers)}`)] }

  const width = Math.max(header.length, ...rows.map((row) => row.cells.length))
  const byHeader = Array.from({ length: width }, (_, i): ColumnRole | undefined =>
    headerRole(header[i]?.name ?? ''),
  )
  const headersSayNothing = byHeader.every((role) => role === undefined)
  const roles = rolesByContent(byHeader, columnsOf(rows, width))
  const label = labelColumn(roles)
  if (label === undefined)
    return { entries: [], diagnostics: [note(`skipped table (no term column: ${headers})`)] }
  if (!describesTerm(roles, label)) {
    return { entries: [], diagnostics: [note(`skipped table (no definition column: ${headers})`)] }
  }
  const headerIsData = headersSayNothing && headerReadsAsRow(header, rows, roles)
  if (headerIsData && headRow) rows.unshift({ line, cells: header })

  const entries: RawEntry[] = []
  const diagnostics: Diagnostic[] = ignoredColumns(header, roles, rows).map(note)
  let group: string | undefined
  const boldNames = shareOf(rows, (row) => row.cells[label]?.emphasised === true)
  for (const row of rows) {
    const filled = row.cells.filter((cell) => cell.text !== '')
    const only = filled.length === 1 ? filled[0] : undefined
    if (filled.length === 0) continue
    if (only?.emphasised && boldNames < 0.5) {
      group = only.name // a row that only holds a bold title heads a group of rows
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
  const where = header[label]?.name ? `"${header[label]?.name}"` : String(label + 1)
  const how = headersSayNothing ? (headerIsData ? ' (by content, no header row)' : ' (by content)') : ''
  return { entries, diagnostics, summary: `term column ${where}${how}` }
}

/** Why the table is not a glossary at all, before its columns are read; `{headers}` is filled in. */
function unfitReason(header: readonly CellText[], rows: readonly TableRowText[]): string | undefined {
  const cells = [...header, ...rows.flatMap((row) => row.cells)].filter((cell) => cell.text !== '')
  const links = cells.filter((cell) => cell.inPageLink).length
  if (links > 0 && links * 2 >= cells.length) return `table of contents (${links} links)`
  const body = rows.flatMap((row) => row.cells).filter((cell) => cell.text !== '')
  if (body.length === 0) return 'table (no rows: {headers})'
  const data = body.filter((cell) => isDataCell(cell.text)).length
  if (data * 2 > body.length) return `table (mostly numbers, ${data} of ${body.length} cells: {headers})`
  return undefined
}

/** True when a column other than the label's says something about the term. */
function describesTerm(roles: ReadonlyArray<ColumnRole | undefined>, label: number): boolean {
  return roles.some(
    (role, i) =>
      i !== label &&
      role !== undefined &&
      (role === 'definition' || role === 'example' || NAME_ROLES.includes(role)),
  )
}

/**
 * A header row that is really the first entry (a table written without headers): no header
 * names a role, none is generic ("Column 1"), and its definition cell is as long as a definition.
 */
function headerReadsAsRow(
  header: readonly CellText[],
  rows: readonly TableRowText[],
  roles: ReadonlyArray<ColumnRole | undefined>,
): boolean {
  const definition = roles.indexOf('definition')
  const cell = header[definition]
  if (definition < 0 || !cell || header.some((h) => isGenericHeader(h.name))) return false
  const body = columnFacts(rows.map((row) => row.cells[definition]?.text ?? ''))
  return columnFacts([cell.text]).weight * 2 >= body.weight
}

/** Notes for the columns that were not read: links and sources, and columns no rule placed. */
function ignoredColumns(
  header: readonly CellText[],
  roles: ReadonlyArray<ColumnRole | undefined>,
  rows: readonly TableRowText[],
): string[] {
  return roles.flatMap((role, i) => {
    const name = header[i]?.name || `column ${i + 1}`
    const used = rows.some((row) => (row.cells[i]?.text ?? '') !== '')
    if (!used || (role !== undefined && role !== 'reference')) return []
    const why =
      role === 'reference'
        ? 'links and sources are not definitions'
        : 'neither header nor content names its role'
    return [`ignored table column "${name}" (${why})`]
  })
}

/** Each column's cells as names, one per row, "" where a row is short. */
function columnsOf(rows: readonly TableRowText[], width: number): string[][] {
  return Array.from({ length: width }, (_, i) => rows.map((row) => row.cells[i]?.name ?? ''))
}

function shareOf(rows: readonly TableRowText[], test: (row: TableRowText) => boolean): number {
  const named = rows.filter((row) => row.cells.filter((cell) => cell.text !== '').length >= 2)
  return named.length === 0 ? 0 : named.filter(test).length / named.length
}
