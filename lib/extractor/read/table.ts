/**
 * Table reader (placeholder until the table reader lands): reads nothing and says so.
 */
import type { Table } from 'mdast'
import type { BlockReading, ReadContext } from './entry'

/** One markdown table → its entries. */
export function readTable(table: Table, context: ReadContext): BlockReading {
  const line = table.position?.start.line ?? 0
  return {
    entries: [],
    diagnostics: [
      {
        severity: 'note',
        source: { file: context.file, line },
        message: 'skipped table (tables are not read yet)',
      },
    ],
  }
}
