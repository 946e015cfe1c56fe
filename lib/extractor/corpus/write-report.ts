/**
 * `npm run corpus:report`: scores every look-alike glossary and the bundled glossary (holdouts
 * included), prints the table and writes it to lib/__fixtures__/shapes/REPORT.md for the README.
 * The corpus test checks the same scores without touching the tracked file.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { BUNDLED_GLOSSARY, FIXTURES } from '../../__fixtures__/shapes/labels'
import { reportTable } from './report'
import { runFixture, SHAPES_DIR } from './run'

const table = reportTable([...FIXTURES, BUNDLED_GLOSSARY].map(runFixture))
console.log(table)
writeFileSync(join(SHAPES_DIR, 'REPORT.md'), `${table}\n`)
