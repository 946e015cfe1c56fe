/**
 * Extracts one look-alike glossary (lib/__fixtures__/shapes/) or the bundled glossary and scores
 * the graph against its hand labels: shared by the corpus test and the report script.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { BUNDLED_GLOSSARY, type FixtureLabels } from '../../__fixtures__/shapes/labels'
import { hasErrors } from '../diagnostics'
import { extract } from '../extract'
import type { ReportRow } from './report'
import { scoreFixture } from './score'

export const SHAPES_DIR = 'lib/__fixtures__/shapes'

/** Holdout fixtures are for a final check, so readers are not tuned on them. */
export const isHoldout = (labels: FixtureLabels): boolean => labels.file.startsWith('holdout-')

const file = (path: string) => ({ path, content: readFileSync(path, 'utf8') })

/** Extract and score one labelled glossary. */
export function runFixture(labels: FixtureLabels): ReportRow {
  const bundled = labels === BUNDLED_GLOSSARY
  const path = bundled ? labels.file : join(SHAPES_DIR, labels.file)
  const concepts = bundled && existsSync('glossary/concepts.txt') ? file('glossary/concepts.txt') : undefined
  const { graph, diagnostics } = extract({ files: [file(path)], ...(concepts ? { concepts } : {}) })
  const row = { file: labels.file, shapes: labels.shapes, language: labels.language }
  if (!graph) {
    const errors = diagnostics.filter((d) => d.severity === 'error').length
    return { ...row, failure: hasErrors(diagnostics) ? `${errors} error(s)` : 'no graph' }
  }
  return { ...row, score: scoreFixture(graph, labels) }
}
