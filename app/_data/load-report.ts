/**
 * Server-only: reads public/build-report.json (what the last extraction said) at build time.
 * A missing report means an older build: the health page then shows no diagnostics.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkBuildReport, type BuildReport } from '@/lib/format/build-report'

export function loadReport(): BuildReport {
  try {
    return checkBuildReport(
      JSON.parse(readFileSync(join(process.cwd(), 'public', 'build-report.json'), 'utf8')),
    )
  } catch {
    return { diagnostics: [] }
  }
}
