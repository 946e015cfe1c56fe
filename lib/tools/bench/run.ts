/**
 * `npm run bench [-- --only extract|browser] [--sizes bundled,1000,10000,50000] [--markdown] [--reuse]`
 * Browser sizes default to bundled,5000; --sizes applies to whichever part runs.
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
      // Reuse the sites built by an earlier run instead of rebuilding (a build takes minutes).
      reuse: { type: 'boolean', default: false },
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
  if (only !== 'extract') {
    const { benchBrowser, browserTable } = await import('./browser-bench')
    const rows = await benchBrowser(values.sizes ? parseSizes(values.sizes) : ['bundled', 5000], values.reuse)
    console.log(`\nBrowser\n\n${browserTable(rows, values.markdown)}\n`)
  }
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
