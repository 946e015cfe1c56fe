import { describe, expect, it } from 'vitest'
import { parseGlossary } from '../parse'
import { findMentions } from './mentions'
import { editDistance, findMisspellings } from './misspellings'

const warnings = (markdown: string): string[] => {
  const { terms } = parseGlossary([{ path: 'g.md', content: markdown }])
  return findMisspellings(terms, findMentions(terms).spans).map((d) => d.message)
}

describe('misspelt mentions', () => {
  it('warns about a word one typo away from a term name, naming the term', () => {
    expect(warnings('# T\n- Transformer，一种架构\n- ViT，输入Transfomer编码器\n')).toEqual([
      '"Transfomer" looks like a misspelling of "Transformer" (defined at g.md:2)',
    ])
  })

  it.each<[string, string]>([
    ['Retriever', 'the retreiver ranks chunks'],
    ['Tokenizer', 'a tokenzier splits text'],
    ['Multi-head Attention', 'uses muti-head attention'],
  ])('warns about a misspelt %s', (name, text) => {
    expect(warnings(`# T\n- ${name}，x\n- Y，${text}\n`)).toEqual([
      expect.stringContaining(`looks like a misspelling of "${name}"`),
    ])
  })

  it.each([
    ['a correct mention', '- Transformer，架构\n- ViT，输入Transformer编码器'],
    ['a plural', '- Transformer，架构\n- ViT，比较多种Transformers'],
    ['a short name with many neighbours', '- RoPE，位置编码\n- X，a rope and a role'],
    ['text inside a URL', '- Transformer，架构\n- Y，见 https://x.org/transfomer'],
    ['an anchor id', '- Transformer，架构\n- Y，见 [它](#transfomer)'],
    ['a page path', '- Transformer，架构\n- Y，见 [它](../transfomer/readme.md)'],
    ['a plural name written in the singular', '- Credit Cards，cards\n- Y，pay by credit card'],
    [
      'an everyday word one letter from a name',
      '- ResNet，a network\n- Batch，a group\n- Y，reset the patch',
    ],
    [
      'a derived form of a name',
      '- Tokenizer，splits text\n- Provider，hosts models\n- Y，tokenized text it provides',
    ],
    ['an everyday word one letter from a joined name', '- Q-Learning，QL\n- Y，deep learning'],
    ['a one-letter difference in a short word', '- Top-p，nucleus\n- Y，or top-k'],
  ])('stays quiet for %s', (_name, body) => {
    expect(warnings(`# T\n${body}\n`)).toEqual([])
  })

  it.each<[string, string, number]>([
    ['transformer', 'transfomer', 1],
    ['policy', 'polciy', 1],
    ['norm', 'norm', 0],
    ['decoder', 'encoder', 2],
  ])('editDistance(%s, %s) = %d', (a, b, d) => {
    expect(Math.min(editDistance(a, b), 2)).toBe(d)
  })
})
