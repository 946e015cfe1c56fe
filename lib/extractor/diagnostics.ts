/**
 * Diagnostics: problems found in the glossary, each pointing at `file:line`.
 * Stages collect them instead of throwing so the author sees every problem in one run.
 */
import type { SourceRef } from '../format/types'
import type { BuildReport } from '../format/build-report'

type Severity = 'error' | 'warning' | 'note'

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, note: 2 }

/** What kind of problem, for the health page's groups; most diagnostics need none. */
type DiagnosticCode = 'misspelling' | 'duplicate' | 'alias-conflict'

export interface Diagnostic {
  severity: Severity
  source: SourceRef
  message: string
  code?: DiagnosticCode
}

/**
 * `path:line: warning: message` — the format editors and CI logs turn into links. A problem
 * with a whole file (it cannot be read, it is too big) has line 0 and reads `path: error: …`.
 */
export function formatDiagnostic({ severity, source, message }: Diagnostic): string {
  return `${source.file}${source.line > 0 ? `:${source.line}` : ''}: ${severity}: ${message}`
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean =>
  diagnostics.some((d) => d.severity === 'error')

/** Stable order: by file, line, then errors before warnings before notes. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.source.file.localeCompare(b.source.file) ||
      a.source.line - b.source.line ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  )
}

/** build-report.json: every diagnostic, flattened, for the health page and the dev overlay. */
export function buildReport(diagnostics: readonly Diagnostic[], graphHash?: string): BuildReport {
  return {
    ...(graphHash ? { graphHash } : {}),
    diagnostics: sortDiagnostics(diagnostics).map(({ severity, source, message, code }) => ({
      severity,
      file: source.file,
      line: source.line,
      message,
      ...(code ? { code } : {}),
    })),
  }
}
