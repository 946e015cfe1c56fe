import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../diagnostics'
import { checkLimits } from './limits'
import { readMarkdown } from './markdown'

const indented = (levels: number) =>
  Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')
const wideRow = (cells: number) => `|${' x |'.repeat(cells)}`

describe('checkLimits', () => {
  // [case, markdown, the errors it gives]
  it.each<[string, string, string[]]>([
    ['a glossary of ordinary depth', `- a\n  - b\n    > - c\n${indented(20)}\n`, []],
    [
      'lists nested on one line',
      `# T\n\n${'- '.repeat(2000)}x\n`,
      ['g.md:3: error: lists or quotes nested 2000 levels deep (the limit is 100)'],
    ],
    [
      'quotes nested on one line',
      `${'> '.repeat(101)}x\n`,
      ['g.md:1: error: lists or quotes nested 101 levels deep (the limit is 100)'],
    ],
    [
      'ordered and quoted markers mixed',
      `${'1. > '.repeat(60)}x\n`,
      ['g.md:1: error: lists or quotes nested 120 levels deep (the limit is 100)'],
    ],
    [
      'lists nested by indentation',
      indented(150),
      ['g.md:101: error: lists or quotes nested 101 levels deep (the limit is 100)'],
    ],
    [
      'a list nested in a quote by indentation',
      `> - a\n>   - b\n${'>   '.repeat(101)}- c\n`,
      ['g.md:3: error: lists or quotes nested 203 levels deep (the limit is 100)'],
    ],
    ['markers inside a fenced code block', `\`\`\`\n${'- '.repeat(500)}x\n${wideRow(500)}\n\`\`\`\n`, []],
    ['a table of 100 columns', `${wideRow(100)}\n|${' - |'.repeat(100)}\n${wideRow(100)}\n`, []],
    [
      'a table of 10,000 columns',
      `# T\n\n${wideRow(10_000)}\n|${' - |'.repeat(10_000)}\n`,
      ['g.md:4: error: a table row of 10000 cells (the limit is 100 columns)'],
    ],
    [
      'a narrow table with a wide row',
      `| a | b |\n| - | - |\n| c | d |\n${wideRow(500)}\n`,
      ['g.md:4: error: a table row of 500 cells (the limit is 100 columns)'],
    ],
    ['many pipes outside a table', `text ${'| x '.repeat(500)}\n`, []],
  ])('%s', (_case, markdown, errors) => {
    expect(checkLimits(markdown, 'g.md').map(formatDiagnostic)).toEqual(errors)
  })

  it('stops readMarkdown before remark parses, with the error alone', () => {
    const reading = readMarkdown(`# T\n\n- BPE，分词\n${'- '.repeat(50_000)}x\n`, 'g.md')
    expect(reading.entries).toEqual([])
    expect(reading.diagnostics.map(formatDiagnostic)).toEqual([
      'g.md:4: error: lists or quotes nested 50000 levels deep (the limit is 100)',
    ])
  })
})
