import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SWEEP_LABELS } from './sweep-labels'

describe('sweep labels', () => {
  it.each(SWEEP_LABELS)(
    '$path exists and labels no word both good and bad',
    ({ path, curated, good, bad }) => {
      expect(existsSync(path)).toBe(true)
      if (curated) expect(existsSync(curated)).toBe(true)
      expect(good.filter((word) => bad.includes(word))).toEqual([])
    },
  )

  it('leaves out the glossaries kept unseen by tuning', () => {
    const paths = SWEEP_LABELS.map((l) => l.path)
    expect(paths.filter((p) => p.includes('holdout-') || p.includes('untuned'))).toEqual([])
  })
})
