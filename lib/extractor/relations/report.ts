/**
 * The relation stage's scores as a table: per labelled glossary, precision and recall of the genus,
 * of the typed relations and of both, for the README (written by `npm run relations:report`).
 */
import { existsSync, readFileSync } from 'node:fs'
import { format } from 'prettier'
import { extract } from '../extract'
import type { RelationLabels } from './labels'
import { precision, recall, scoreRelations, sum, type Counts, type RelationScore } from './score'

const file = (path: string) => ({ path, content: readFileSync(path, 'utf8') })

/** Extracts the labelled glossary (the bundled one with its concepts.txt) and scores it. */
export function scoreLabelled(labels: RelationLabels): RelationScore {
  const bundled = labels.file.startsWith('glossary/')
  const concepts = bundled && existsSync('glossary/concepts.txt') ? file('glossary/concepts.txt') : undefined
  const { graph } = extract({ files: [file(labels.file)], ...(concepts ? { concepts } : {}) })
  if (!graph) throw new Error(`${labels.file}: no graph`)
  return scoreRelations(graph, labels)
}

const percent = (x: number): string => `${Math.round(x * 100)}%`
const cell = (c: Counts): string =>
  `${percent(precision(c))} (${c.right}/${c.predicted}) · ${percent(recall(c))} (${c.right}/${c.expected})`

/** The markdown table, formatted as the repository formats markdown (so it passes `prettier --check`). */
export async function relationsTable(
  rows: ReadonlyArray<{ labels: RelationLabels; score: RelationScore }>,
): Promise<string> {
  const header = ['file', 'language', 'tuned on', 'genus P · R', 'relations P · R', 'both P · R']
  const line = (values: readonly string[]): string => `| ${values.join(' | ')} |`
  const body = rows.map(({ labels, score }) =>
    line([
      labels.file.replace(/^.*\//, ''),
      labels.language,
      labels.holdout ? 'no (holdout)' : 'yes',
      cell(score.genus),
      cell(score.relations),
      cell(sum(score.genus, score.relations)),
    ]),
  )
  return format([line(header), line(header.map(() => '---')), ...body].join('\n'), { parser: 'markdown' })
}
