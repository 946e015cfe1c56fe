/**
 * Extraction time must grow linearly with a definition's length, and with every other dimension
 * of the input: runs of spaces, word length, nesting, columns (testing/scaling-cases.ts). Measures
 * scaling, not an absolute time: the extraction of an input of size 8N against one of N, at most
 * 8 times slower when linear and up to 64 times when some stage is quadratic. The timing runs in
 * its own process (testing/extraction-times.ts): on a loaded machine it computes for minutes,
 * which the test worker must not spend blocked.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { runChild } from '../tools/testing/run-child'
import { INPUT_CASES, LONG_DEFINITION_CASES } from './testing/scaling-cases'

// Linear is at most 8, quadratic up to 64; 20 leaves room for noise without letting a quadratic stage pass.
const MAX_RATIO = 20

type Times = Record<string, { small: number; large: number }>

/** CPU times of the named cases, measured in a child process. */
async function timesOf(names: readonly string[]): Promise<Times> {
  const child = await runChild(process.execPath, [
    '--import',
    'tsx',
    'lib/extractor/testing/extraction-times.ts',
    String(MAX_RATIO),
    ...names,
  ])
  if (child.status !== 0) throw new Error(`extraction-times failed: ${child.stderr}`)
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}')
}

describe.each([
  ['a long definition', LONG_DEFINITION_CASES],
  ['every dimension of the input', INPUT_CASES],
])('%s', (_group, cases) => {
  let times: Times = {}
  beforeAll(async () => {
    times = await timesOf(Object.keys(cases))
  }, 900_000)

  it.each(Object.keys(cases))('costs time linear in it: %s', (name) => {
    const measured = times[name]
    expect(measured?.small).toBeGreaterThan(0)
    expect((measured?.large ?? Infinity) / (measured?.small ?? 0)).toBeLessThan(MAX_RATIO)
  })
})
