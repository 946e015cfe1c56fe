import { describe, expect, it } from 'vitest'
import { zh } from './zh'
import { en } from './en'

/** Every key path in a catalogue ("panel.close", "health.sections.isolated.title"), with the value's kind. */
function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [`${prefix}:${typeof value}`]
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

describe('message catalogues', () => {
  it('zh and en have the same keys, nested ones included, with the same kinds of values', () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort())
  })

  it('finds a missing nested key (the check itself works)', () => {
    const panel = Object.fromEntries(Object.entries(en.panel).filter(([k]) => k !== 'close'))
    expect(keys({ ...en, panel }).sort()).not.toEqual(keys(zh).sort())
  })

  it.each([
    ['zh', zh],
    ['en', en],
  ])('%s: functions take values into the message', (_, m) => {
    expect(m.search.noMatch('xyz')).toContain('xyz')
    expect(m.problems.badLang('"fr"')).toContain('"fr"')
  })
})
