import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { findNameMisspellings, repairsOf } from './name-spelling'
import { parseGlossary } from '../parse'

describe('repairsOf', () => {
  it.each([
    ['muti', ['multi']],
    ['Embeding', ['embedding']],
    ['transfomer', ['transformer']],
    ['attention', []], // an English word
    ['swish', []], // a word; swishy would only add a letter at the end
    ['sentencepiece', []], // not English, but nothing common is one letter away
  ])('%s → %j', (word, repairs) => expect(repairsOf(word)).toEqual(repairs))
})

describe('findNameMisspellings', () => {
  it('flags Muti in the bundled glossary, at both names, and nothing else', () => {
    const { terms } = parseGlossary([
      { path: 'glossary/glossary.md', content: readFileSync('glossary/glossary.md', 'utf8') },
    ])
    const found = findNameMisspellings(terms).map((d) => `${d.source.line}: ${d.message}`)
    expect(found).toHaveLength(2)
    expect(found.join('\n')).toMatch(/"Muti" in the name "Muti-head Attention".*"multi"/)
    expect(found.join('\n')).toMatch(/"Muti" in the name "Muti Query Attention"/)
  })
  it('leaves acronyms and mixed-case names alone', () => {
    const { terms } = parseGlossary([
      { path: 'g.md', content: '- LoRA，Low-Rank Adaptation的简写\n- RoPE，旋转位置编码\n' },
    ])
    expect(findNameMisspellings(terms)).toEqual([])
  })
})
