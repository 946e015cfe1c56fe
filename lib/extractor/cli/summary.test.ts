import { describe, expect, it } from 'vitest'
import type { FileReading } from '../parse'
import { describeReading } from './summary'

const reading = (over: Partial<FileReading>): FileReading => ({
  file: 'g.md',
  shapes: {},
  headingLevels: [],
  tables: [],
  skipped: 0,
  ...over,
})

describe('describeReading', () => {
  it.each([
    [reading({ shapes: { bullet: 51 } }), 'g.md: 51 bullets'],
    [
      reading({ shapes: { table: 177 }, tables: Array(15).fill('term column "英文简称"') }),
      'g.md: 15 tables (term column "英文简称"), 177 entries',
    ],
    [
      reading({ shapes: { heading: 40, bold: 2 }, headingLevels: ['level 3'], skipped: 3 }),
      'g.md: 40 headings (level 3), 2 bold paragraphs; 3 blocks skipped',
    ],
    [reading({ shapes: { deflist: 1 }, skipped: 1 }), 'g.md: 1 definition-list entry; 1 block skipped'],
    [reading({ skipped: 2 }), 'g.md: no entries; 2 blocks skipped'],
  ])('%j', (input, expected) => {
    expect(describeReading(input)).toBe(expected)
  })
})
