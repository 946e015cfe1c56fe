/**
 * The corpus check: extracts every look-alike glossary in lib/__fixtures__/shapes/ (and the
 * bundled glossary) and scores the graph against the hand labels in labels.ts: every entry
 * found by name and no other, every labelled name resolving, recall of the pairs a reader
 * links, and the unrelated pairs left apart. `npm run corpus:report` writes the table.
 *
 * The holdout fixtures are for the final check only, so readers are not tuned on them: they
 * run when CORPUS_HOLDOUT=1 is set.
 */
import { describe, expect, it } from 'vitest'
import { BUNDLED_GLOSSARY, FIXTURES, type FixtureLabels } from '../__fixtures__/shapes/labels'
import type { ReportRow } from './corpus/report'
import { isHoldout, runFixture } from './corpus/run'
import { readEnv } from '../format/settings'

const withHoldouts = readEnv('CORPUS_HOLDOUT') === '1'
const corpus = [...FIXTURES.filter((labels) => withHoldouts || !isHoldout(labels)), BUNDLED_GLOSSARY]
const rows = new Map<FixtureLabels, ReportRow>()
const rowOf = (labels: FixtureLabels): ReportRow => {
  const row = rows.get(labels) ?? runFixture(labels)
  rows.set(labels, row)
  return row
}

describe('the labels', () => {
  it.each([...FIXTURES, BUNDLED_GLOSSARY])(
    '$file: one name per entry, as many unrelated pairs as linked',
    (labels) => {
      expect(labels.names).toHaveLength(labels.entries)
      expect(new Set(labels.names).size).toBe(labels.names.length)
      expect(labels.pairs.length).toBeGreaterThanOrEqual(10)
      expect(labels.unrelated.length).toBeGreaterThanOrEqual(labels.pairs.length)
    },
  )
})

describe.each(corpus)('$file', (labels) => {
  it('reads every entry, by name, and nothing else', () => {
    const { score, failure } = rowOf(labels)
    expect(failure).toBeUndefined()
    expect({ missing: score?.missingEntries, extra: score?.extraTerms }).toEqual({ missing: [], extra: [] })
    expect(score?.entriesFound).toBe(labels.entries)
  })

  it('finds a term for every name in its pairs', () => {
    expect(rowOf(labels).score?.unknownNames).toEqual([])
  })

  it('links at least 80% of the pairs a reader would link', () => {
    const recall = rowOf(labels).score?.recall ?? 0
    expect(recall, JSON.stringify(rowOf(labels).score?.missed)).toBeGreaterThanOrEqual(0.8)
  })

  it('links at most one unrelated pair', () => {
    const { score } = rowOf(labels)
    expect(score, 'no graph').toBeDefined()
    expect(score?.wrong.length ?? 0, JSON.stringify(score?.wrong)).toBeLessThanOrEqual(1)
  })
})
