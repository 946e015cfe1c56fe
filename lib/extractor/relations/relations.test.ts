/**
 * Scores the relation stage against the hand labels in labels.ts: per glossary, precision and
 * recall of the genus, of the typed relations, and of both together. Prints the table and writes
 * it to lib/extractor/relations/REPORT.md for the README.
 *
 * Every tuned glossary must reach precision 0.9 and recall 0.7 over genus and relations together.
 * The holdout glossaries (zh-bold-softbreak, en-deflist) were kept out of tuning; their rows are
 * always in the report, and their thresholds are checked when RELATIONS_HOLDOUT=1 is set.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { format } from 'prettier'
import { afterAll, describe, expect, it } from 'vitest'
import { extract } from '../extract'
import { RELATION_LABELS, type RelationLabels } from './labels'
import { precision, recall, scoreRelations, sum, type Counts, type RelationScore } from './score'

const withHoldouts = process.env.RELATIONS_HOLDOUT === '1'
const file = (path: string) => ({ path, content: readFileSync(path, 'utf8') })

const scores = new Map<RelationLabels, RelationScore>()
function scoreOf(labels: RelationLabels): RelationScore {
  const known = scores.get(labels)
  if (known) return known
  const bundled = labels.file.startsWith('glossary/')
  const concepts = bundled && existsSync('glossary/concepts.txt') ? file('glossary/concepts.txt') : undefined
  const { graph } = extract({ files: [file(labels.file)], ...(concepts ? { concepts } : {}) })
  if (!graph) throw new Error(`${labels.file}: no graph`)
  const score = scoreRelations(graph, labels)
  scores.set(labels, score)
  return score
}

describe.each(RELATION_LABELS)('$file', (labels) => {
  it('has a genus label for every term, and labels only terms it has', () => {
    expect(scoreOf(labels).unlabelled).toEqual([])
  })
  it.runIf(!labels.holdout || withHoldouts)(
    'reaches precision 0.9 and recall 0.7 (genus and relations)',
    () => {
      const score = scoreOf(labels)
      const both = sum(score.genus, score.relations)
      expect(precision(both), score.errors.join('\n')).toBeGreaterThanOrEqual(0.9)
      expect(recall(both), score.errors.join('\n')).toBeGreaterThanOrEqual(0.7)
    },
  )
})

const percent = (x: number): string => `${Math.round(x * 100)}%`
const cell = (c: Counts): string =>
  `${percent(precision(c))} (${c.right}/${c.predicted}) · ${percent(recall(c))} (${c.right}/${c.expected})`

afterAll(async () => {
  const header = ['file', 'language', 'tuned on', 'genus P · R', 'relations P · R', 'both P · R']
  const line = (values: readonly string[]): string => `| ${values.join(' | ')} |`
  const rows = RELATION_LABELS.filter((labels) => scores.has(labels)).map((labels) => {
    const s = scoreOf(labels)
    const name = labels.file.replace(/^.*\//, '')
    return line([
      name,
      labels.language,
      labels.holdout ? 'no (holdout)' : 'yes',
      cell(s.genus),
      cell(s.relations),
      cell(sum(s.genus, s.relations)),
    ])
  })
  const table = [line(header), line(header.map(() => '---')), ...rows].join('\n')
  // Formatted as the repository formats markdown, so the file passes `prettier --check`.
  const formatted = await format(table, { parser: 'markdown' })
  console.log(formatted)
  writeFileSync('lib/extractor/relations/REPORT.md', formatted)
})
