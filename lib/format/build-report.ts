/**
 * `build-report.json`, written beside graph.json: what the extractor said about the glossary
 * (every error, warning and note with its file and line). The health page lists it and the
 * dev server shows it over the page.
 */

/**
 * How serious a reported diagnostic is.
 * @public part of the build-report.json contract, named for its readers
 */
export type ReportSeverity = 'error' | 'warning' | 'note'

export interface ReportedDiagnostic {
  severity: ReportSeverity
  file: string
  line: number
  message: string
  /** Group on the health page: 'misspelling', 'duplicate', 'alias-conflict'. */
  code?: string
}

export interface BuildReport {
  /** SHA-1 of the graph.json written with it; absent when the build failed. Changes with the graph. */
  graphHash?: string
  diagnostics: ReportedDiagnostic[]
}

const SEVERITIES: readonly string[] = ['error', 'warning', 'note']

/** The report, or an empty one when `data` is not a report (a missing report is not fatal). */
export function checkBuildReport(data: unknown): BuildReport {
  const list = isRecord(data) && Array.isArray(data.diagnostics) ? data.diagnostics : []
  const diagnostics: ReportedDiagnostic[] = []
  for (const d of list) {
    if (!isRecord(d)) continue
    const { severity, file, line, message, code } = d
    if (typeof severity !== 'string' || !SEVERITIES.includes(severity)) continue
    if (typeof file !== 'string' || typeof line !== 'number' || typeof message !== 'string') continue
    diagnostics.push({
      severity: severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note',
      file,
      line,
      message,
      ...(typeof code === 'string' ? { code } : {}),
    })
  }
  const graphHash = isRecord(data) && typeof data.graphHash === 'string' ? data.graphHash : undefined
  return { ...(graphHash ? { graphHash } : {}), diagnostics }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
