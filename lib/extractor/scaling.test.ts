/**
 * Extraction time must grow linearly with a definition's length. Measures scaling, not an
 * absolute time: extraction with a definition of 8N characters against one of N, at most
 * 8 times slower when linear and up to 64 times when some stage is quadratic. The timing runs in
 * its own process (testing/extraction-times.ts): on a loaded machine it computes for minutes,
 * which the test worker must not spend blocked.
 */
import { describe, expect, it } from 'vitest'
import { runChild } from '../tools/testing/run-child'

// Linear is at most 8, quadratic up to 64; 20 leaves room for noise without letting a quadratic stage pass.
const MAX_RATIO = 20
const N = 25_000

describe('a long definition', () => {
  // The ratio of whole extraction times, fixed costs included: they only pull a linear ratio
  // further below 8, while at 200,000 characters a quadratic stage costs minutes and dominates.
  it.each([
    ['in sentences', 'sentences'],
    ['in one clause without punctuation', 'one-clause'],
  ])('costs time linear in its length, %s', { timeout: 900_000 }, async (_case, mode) => {
    const child = await runChild(process.execPath, [
      '--import',
      'tsx',
      'lib/extractor/testing/extraction-times.ts',
      mode,
      String(N),
      String(MAX_RATIO),
    ])
    expect(child.status, child.stderr).toBe(0)
    const times: unknown = JSON.parse(child.stdout)
    const ms = (key: string) =>
      typeof times === 'object' && times !== null ? Number(Reflect.get(times, key)) : NaN
    expect(ms('small')).toBeGreaterThan(0)
    expect(ms('large') / ms('small')).toBeLessThan(MAX_RATIO)
  })
})
