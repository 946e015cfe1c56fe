/**
 * `npm run bench [-- --only extract|browser] [--sizes bundled,1000,10000,50000] [--markdown]`
 * Extraction sizes first, then the browser benchmark. Not part of `npm test`: it takes minutes.
 */
import { parseArgs } from 'node:util'
import { benchExtract, extractTable } from './extract-bench'

const DEFAULT_SIZES = 'bundled,1000,10000,50000'

function parseSizes(text: string): Array<number | 'bundled'> {
  return text.split(',').map((s) => {
    const trimmed = s.trim()
    if (trimmed === 'bundled') return 'bundled'
    const n = Number(trimmed.replace(/k$/i, '000'))
    if (!Number.isInteger(n) || n < 1)
      throw new Error(`bench: bad size "${trimmed}" (use bundled or a number)`)
    return n
  })
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      sizes: { type: 'string' },
      markdown: { type: 'boolean', default: false },
    },
  })
  const only = values.only
  if (only !== undefined && only !== 'extract' && only !== 'browser') {
    console.error(`bench: --only must be extract or browser, got "${only}"`)
    return 2
  }
  if (only !== 'browser') {
    const rows = benchExtract(parseSizes(values.sizes ?? DEFAULT_SIZES))
    console.log(`\nExtraction\n\n${extractTable(rows, values.markdown)}\n`)
  }
  if (only !== 'extract') console.error('bench: the browser benchmark is not written yet')
  return 0
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exitCode = 1
  },
)
