import { describe, expect, it } from 'vitest'
import { otherSection } from './skip'

describe('otherSection', () => {
  it.each([
    ['References', 'subtree'],
    ['📚 参考资料', 'subtree'],
    ['Other resources & references', 'subtree'],
    ['Papers and links', 'subtree'],
    ['Learning Resources', 'subtree'],
    ['目录', 'own'],
    ['Reference Model', undefined],
    ['Learning Rate', undefined],
    ['Other', undefined],
    ['Training', undefined],
    ['License', 'subtree'],
    ['License (MIT)', 'subtree'],
    ['Changelog', 'subtree'],
    ['License Plate Recognition', undefined],
    ['Contributing Factor', undefined],
  ])('%s → %s', (heading, kind) => expect(otherSection(heading)).toBe(kind))
})
