import { describe, expect, it } from 'vitest'
import Papa from 'papaparse'
import { termsCsv, viewSvg } from './export'
import { buildLookup } from './graph-model'
import { sampleGraph, term } from '../format/testing/sample-graph'

describe('termsCsv', () => {
  const lookup = buildLookup(sampleGraph)
  const csv = termsCsv(lookup, ['gqa', 'mqa', 'concept:zhuyili', 'text2vec'])
  const parsed = Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { skipEmptyLines: true })

  it('has one row per term in view, concepts left out, sorted by label', () => {
    expect(parsed.data.map((row) => row[0])).toEqual(['label', 'Grouped query attention', 'MQA', 'text2vec'])
  })
  it('keeps each term’s names, definition, concepts, mentions and source', () => {
    const gqa = parsed.data.find((row) => row[0] === 'Grouped query attention')
    expect(gqa).toEqual([
      'Grouped query attention',
      '',
      '',
      '基于MQA改进的注意力机制',
      '注意力',
      'MQA',
      'g.md:1',
    ])
  })
  it('quotes text with commas, quotes and markup so it reads back unchanged', () => {
    const text2vec = parsed.data.find((row) => row[0] === 'text2vec')
    expect(text2vec?.[3]).toBe('一般指https://huggingface.co/x <img src=x onerror=alert(1)>')
  })
  it('starts with a byte-order mark for spreadsheet programs', () =>
    expect(csv.startsWith('\ufeff')).toBe(true))
})

describe('termsCsv against formula injection', () => {
  // [what a glossary may say, the cell a spreadsheet gets]: a leading apostrophe makes it text.
  const CELLS: Array<[string, string]> = [
    ['=HYPERLINK("http://x.example","click")', `'=HYPERLINK("http://x.example","click")`],
    ['+1+2', "'+1+2"],
    ['-1+cmd|calc', "'-1+cmd|calc"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['a = b + c', 'a = b + c'],
    ['注意力', '注意力'],
  ]
  it.each(CELLS)('%j becomes %j in every column', (text, cell) => {
    const lookup = buildLookup({
      ...sampleGraph,
      nodes: [term('x', text, { expansion: text, gloss: text, definition: text })],
      edges: [],
    })
    const [, row] = Papa.parse<string[]>(termsCsv(lookup, ['x']).replace(/^\ufeff/, ''), {
      skipEmptyLines: true,
    }).data
    expect(row?.slice(0, 4)).toEqual([cell, cell, cell, cell])
  })
})

describe('viewSvg', () => {
  const svg = viewSvg(
    [
      { x: 0, y: 0, size: 20, color: '#336699', label: 'A<B', kind: 'term' },
      { x: 100, y: 50, size: 24, color: '#aa0000', label: '注意力', kind: 'concept' },
    ],
    [{ x1: 0, y1: 0, x2: 100, y2: 50, kind: 'concept' }],
    { background: '#ffffff', text: '#111111', edge: { concept: '#888888' } },
  )
  it('draws every node with its label (escaped), and every edge', () => {
    expect(svg.match(/<circle /g)).toHaveLength(1)
    expect(svg.match(/<path /g)).toHaveLength(1)
    expect(svg.match(/<line /g)).toHaveLength(1)
    expect(svg).toContain('>A&lt;B</text>')
    expect(svg).toContain('>注意力</text>')
  })
  it('frames the drawing to its content', () => {
    const [, x, y, w, h] = /viewBox="(\S+) (\S+) (\S+) (\S+)"/.exec(svg) ?? []
    expect(Number(x)).toBeLessThan(-10)
    expect(Number(x) + Number(w)).toBeGreaterThan(112)
    expect(Number(y) + Number(h)).toBeGreaterThan(62)
  })
})
