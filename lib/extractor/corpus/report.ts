/**
 * The corpus report: one markdown table row per scored glossary, for the console and for
 * lib/__fixtures__/shapes/REPORT.md (which the README includes).
 */
import type { FixtureScore } from './score'

export interface ReportRow {
  file: string
  shapes: readonly string[]
  language: string
  /** Undefined when the extractor returned no graph; `failure` then says why. */
  score?: FixtureScore
  failure?: string
}

const percent = (x: number): string => `${Math.round(x * 100)}%`

function cells(row: ReportRow): string[] {
  const head = [row.file, row.shapes.join(', '), row.language]
  const { score } = row
  if (!score) return [...head, `failed: ${row.failure ?? 'no graph'}`, '–', '–']
  return [
    ...head,
    `${score.entriesFound}/${score.entriesExpected}`,
    `${percent(score.recall)} (${score.pairsFound}/${score.pairsTotal})`,
    score.wrong.length === 0
      ? '0'
      : `${score.wrong.length}: ${score.wrong.map(([a, b]) => `${a}–${b}`).join('; ')}`,
  ]
}

/** The report as a markdown table. */
export function reportTable(rows: readonly ReportRow[]): string {
  const header = ['file', 'shape', 'language', 'entries found/expected', 'pair recall', 'wrong pairs']
  const line = (values: readonly string[]): string =>
    `| ${values.map((v) => v.replace(/\|/g, '\\|')).join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map((row) => line(cells(row)))].join('\n')
}
