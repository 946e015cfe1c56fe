import { describe, expect, it } from 'vitest'
import { glossaryHealth, repositoryLinks } from './health'
import { buildLookup } from './graph-model'
import { sampleGraph } from '../format/testing/sample-graph'

describe('glossaryHealth', () => {
  const lookup = buildLookup(sampleGraph)
  const report = {
    diagnostics: [
      {
        severity: 'note' as const,
        file: 'g.md',
        line: 3,
        message: '"Muti" … did you mean "multi"?',
        code: 'misspelling',
      },
      {
        severity: 'warning' as const,
        file: 'g.md',
        line: 9,
        message: 'duplicate term "RL"',
        code: 'duplicate',
      },
      { severity: 'warning' as const, file: 'g.md', line: 12, message: '"X" has no definition' },
    ],
  }
  const sections = Object.fromEntries(glossaryHealth(lookup, report).map((s) => [s.id, s.items]))

  it('lists terms without a definition, isolated terms and one-member concepts from the graph', () => {
    expect(sections['no-definition']?.map((i) => i.label)).toEqual(['Muti-head Attention', 'RL'])
    expect(sections['isolated']?.map((i) => i.slug)).toEqual(['text2vec'])
    expect(sections['single-member-concepts']?.map((i) => [i.label, i.detail])).toEqual([['强化学习', 'RL']])
  })
  it('groups diagnostics by code, and every warning of the build', () => {
    expect(sections['misspellings']?.map((i) => i.source?.line)).toEqual([3])
    expect(sections['duplicates']?.map((i) => i.source?.line)).toEqual([9])
    expect(sections['warnings']?.map((i) => i.source?.line)).toEqual([9, 12])
  })
})

describe('repositoryLinks', () => {
  it.each([
    [undefined, undefined],
    ['not a url', undefined],
    [
      'https://github.com/o/r/',
      {
        view: 'https://github.com/o/r/blob/main/glossary/a%20b.md#L7',
        edit: 'https://github.com/o/r/edit/main/glossary/a%20b.md',
      },
    ],
  ])('%s', (url, links) => expect(repositoryLinks(url, { file: 'glossary/a b.md', line: 7 })).toEqual(links))
})
