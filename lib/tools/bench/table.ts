/**
 * Plain-text tables for benchmark output: right-aligned numbers, a header rule, and the
 * same text pasteable into markdown (RESULTS.md) when `markdown` is set.
 */

export type Cell = string | number

/** Format a number of milliseconds or megabytes with sensible precision. */
export function fmt(value: number | undefined, digits = 0): string {
  if (value === undefined || Number.isNaN(value)) return '–'
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
}

export function formatTable(header: readonly string[], rows: readonly Cell[][], markdown = false): string {
  const cells = [header, ...rows].map((row) => row.map(String))
  const widths = header.map((_, col) => Math.max(...cells.map((row) => (row[col] ?? '').length)))
  const line = (row: readonly string[]): string => {
    const padded = widths.map((w, col) => {
      const text = row[col] ?? ''
      return col === 0 ? text.padEnd(w) : text.padStart(w)
    })
    return markdown ? `| ${padded.join(' | ')} |` : padded.join('  ')
  }
  const rule = markdown
    ? `|${widths.map((w, col) => (col === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`
    : widths.map((w) => '-'.repeat(w)).join('  ')
  const [head, ...body] = cells
  return [line(head ?? []), rule, ...body.map(line)].join('\n')
}
