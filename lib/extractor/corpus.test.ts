/**
 * The corpus check: extracts every look-alike glossary in lib/__fixtures__/shapes/ (and the
 * bundled glossary) and scores the graph against the hand labels in labels.ts. Prints the
 * table and writes it to lib/__fixtures__/shapes/REPORT.md for the README.
 *
 * The two holdout fixtures are for the final check only, so readers are not tuned on them:
 * they run when CORPUS_HOLDOUT=1 is set.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { BUNDLED_GLOSSARY, FIXTURES, type FixtureLabels } from '../__fixtures__/shapes/labels'
import { hasErrors } from './diagnostics'
import { extract } from './extract'
import { reportTable, type ReportRow } from './corpus/report'
import { scoreFixture } from './corpus/score'
import { readEnv } from '../format/settings'

const SHAPES_DIR = 'lib/__fixtures__/shapes'
const withHoldouts = readEnv('CORPUS_HOLDOUT') === '1'
const isHoldout = (labels: FixtureLabels): boolean => labels.file.startsWith('holdout-')

const file = (path: string) => ({ path, content: readFileSync(path, 'utf8') })

function run(labels: FixtureLabels): ReportRow {
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

const corpus = [...FIXTURES.filter((labels) => withHoldouts || !isHoldout(labels)), BUNDLED_GLOSSARY]
const rows = new Map<FixtureLabels, ReportRow>()
const rowOf = (labels: FixtureLabels): ReportRow => {
  const row = rows.get(labels) ?? run(labels)
  rows.set(labels, row)
  return row
}

describe.each(corpus)('$file', (labels) => {
  it('reads every entry', () => {
    const { score, failure } = rowOf(labels)
    expect(failure).toBeUndefined()
    expect(score?.entriesFound).toBe(labels.entries)
  })

  it('links at least 80% of the pairs a reader would link', () => {
    const recall = rowOf(labels).score?.recall ?? 0
    expect(recall, JSON.stringify(rowOf(labels).score?.missed)).toBeGreaterThanOrEqual(0.8)
  })

  it('links at most one unrelated pair', () => {
    const { score } = rowOf(labels)
    expect(score, 'no graph').toBeDefined()
    expect(score?.wrong.length ?? 0).toBeLessThanOrEqual(1)
  })
})

afterAll(() => {
  const table = reportTable(corpus.map(rowOf))
  const note = withHoldouts ? '' : '\n\nHoldout fixtures not run (set CORPUS_HOLDOUT=1 for the final check).'
  console.log(`${table}${note}`)
  writeFileSync(join(SHAPES_DIR, 'REPORT.md'), `${table}${note}\n`)
})
