/**
 * Diagnostics: problems found in the glossary, each pointing at `file:line`.
 * Stages collect them instead of throwing so the author sees every problem in one run.
 */
import type { SourceRef } from '../format/types'

/** A note accounts for something the extractor did on purpose (decoded as GB18030): shown with --verbose. */
export type Severity = 'error' | 'warning' | 'note'

export interface Diagnostic {
  severity: Severity
  source: SourceRef
  message: string
}

/** `path:line: warning: message` — the format editors and CI logs turn into links. */
export function formatDiagnostic({ severity, source, message }: Diagnostic): string {
  return `${source.file}:${source.line}: ${severity}: ${message}`
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean =>
  diagnostics.some((d) => d.severity === 'error')

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, note: 2 }

/** Stable order: by file, line, then errors, warnings, notes. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.source.file.localeCompare(b.source.file) ||
      a.source.line - b.source.line ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  )
}
