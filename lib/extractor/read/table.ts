/**
 * The table reader: a GFM table whose rows are glossary entries. Columns are understood by
 * their headers (table-headers.ts), or by their content when the headers say nothing
 * (table-content.ts). Each row gives one entry: its label from the best name column, the
 * other name columns as names, definition and example columns as text.
 *
 * A table is read when it has a term column and at least one other column saying something
 * about the term (a definition, an example, another name). Skipped, each with a note saying
 * why: tables of contents (half the cells or more are in-page links), comparison tables (most
 * body cells are numbers, dates or check marks, or, with no header naming a term column, one
 * column is), and tables where no column names terms or none says anything about them.
 */
import type { Table } from 'mdast'
import type { Diagnostic } from '../diagnostics'
import type { BlockReading, ReadContext } from './raw-entry'
import type { CellText } from './table-cells'
import { readCell } from './table-cells'
import type { ColumnRole } from './table-headers'
import { NAME_ROLES, headerRole, isGenericHeader } from './table-headers'
import { columnFacts, isDataCell, labelColumn, rolesByContent } from './table-content'
import type { TableRowText } from './table-row'
import { readRows } from './table-row'

/** Read one GFM table node into glossary entries, or skip it with a note. */
export function readTable(table: Table, context: ReadContext): BlockReading {
  const line = table.position?.start.line ?? 0
  const note = (message: string): Diagnostic => ({
    severity: 'note',
    source: { file: context.file, line },
    message,
  })
  const skip = (why: string): BlockReading => ({ entries: [], diagnostics: [note(`skipped ${why}`)] })
  const [headRow, ...bodyRows] = table.children
  const header = headRow ? headRow.children.map(readCell) : []
  const rows: TableRowText[] = bodyRows.map((row) => ({
    line: row.position?.start.line ?? line,
    cells: row.children.map(readCell),
  }))
  const headers = `headers "${header.map((cell) => cell.name).join(', ')}"`

  const unfit = unfitReason(header, rows)
  if (unfit) return skip(unfit.replace('{headers}', headers))
  const width = Math.max(header.length, ...rows.map((row) => row.cells.length))
  const byHeader = Array.from({ length: width }, (_, i) => headerRole(header[i]?.name ?? ''))
  const byContent = byHeader.every((role) => role === undefined)
  const roles = rolesByContent(byHeader, columnsOf(rows, width))
  const label = labelColumn(roles)
  if (label === undefined) return skip(`table (no term column: ${headers})`)
  if (!describesTerm(roles, label)) return skip(`table (no definition column: ${headers})`)

  const headerIsRow = byContent && headerReadsAsRow(header, rows, roles)
  const read = readRows(headerIsRow ? [{ line, cells: header }, ...rows] : rows, roles, label, context)
  const where = header[label]?.name && !headerIsRow ? `"${header[label]?.name}"` : String(label + 1)
  const how = byContent ? (headerIsRow ? ' (by content, no header row)' : ' (by content)') : ''
  return {
    entries: read.entries,
    diagnostics: [...ignoredColumns(header, roles, rows).map(note), ...read.diagnostics],
    summary: `term column ${where}${how}`,
  }
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
