/**
 * `npm run relations:report`: scores the relation stage on every labelled glossary (holdouts
 * included), prints the table and writes it to lib/extractor/relations/REPORT.md for the README.
 * relations.test.ts checks the same scores without touching the tracked file.
 */
import { writeFileSync } from 'node:fs'
import { RELATION_LABELS } from './labels'
import { relationsTable, scoreLabelled } from './report'

const table = await relationsTable(
  RELATION_LABELS.map((labels) => ({ labels, score: scoreLabelled(labels) })),
)
console.log(table)
writeFileSync('lib/extractor/relations/REPORT.md', table)
