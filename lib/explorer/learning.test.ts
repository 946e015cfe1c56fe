/**
 * The learning features' pure logic on a small glossary with typed relations: relation
 * sentences, the kinds tree, easy-to-confuse neighbours, the comparison, progress, the self-test
 * and the flash cards.
 */
import { describe, expect, it } from 'vitest'
import type { EdgeRelation, GraphJSON } from '../format/types'
import { term } from '../format/testing/sample-graph'
import { buildLookup } from './graph-model'
import { typedRelationsOf, relationsInGraph } from './typed-relations'
import { flatten, kindsTree } from './kinds-tree'
import { confusablesOf, similarNames } from './confusable'
import { compareTerms } from './compare'
import { knownStorageKey, nextToLearn, parseKnown, serializeKnown } from './progress'
import { askable, blankNames, questionFor } from './quiz'
import { flashcardsTsv } from './flashcards'

const attention = { genus: '注意力机制', genusTarget: 'concept:attention' }
const mention = (source: string, target: string, evidence: string, relation?: EdgeRelation) => ({
  key: `mention:${source}->${target}`,
  source,
  target,
  attributes: { kind: 'mention' as const, evidence, ...(relation ? { relation } : {}) },
})
const member = (source: string) => ({
  key: `concept:${source}->concept:attention`,
  source,
  target: 'concept:attention',
  attributes: { kind: 'concept' as const, evidence: '注意力机制' },
})

const graph: GraphJSON = {
  attributes: { title: '学习测试', sources: ['g.md'] },
  options: { type: 'directed', multi: false, allowSelfLoops: false },
  nodes: [
    term('mqa', 'MQA', {
      definition: '一种加快计算速度的注意力机制，MQA 让查询头共享键值',
      ...attention,
      aliases: ['MQA', 'Muti Query Attention'],
    }),
    term('gqa', 'Grouped query attention', { definition: '基于MQA改进的注意力机制', ...attention }),
    term('mha', 'Muti-head Attention', {
      gloss: '多头注意力机制',
      definition: '多个注意力头并行计算',
      ...attention,
    }),
    term('batchnorm', 'BatchNorm', { definition: '对一个batch中的样本做归一化' }),
    term('layernorm', 'Layernorm', { definition: '从隐藏层的维度做归一化' }),
    term('deepspeed', 'DeepSpeed', { definition: '微软发布的分布式训练库', genus: '分布式训练库' }),
    term('zero', 'ZeRO', { definition: 'deepspeed分布式训练的核心' }),
    term('rl', 'RL', { gloss: '强化学习', aliases: ['RL', '强化学习'] }),
    {
      key: 'concept:attention',
      attributes: {
        kind: 'concept',
        label: '注意力',
        slug: 'attention',
        aliases: ['注意力'],
        degree: 0,
        pagerank: 0,
        community: 0,
        x: 0,
        y: 0,
        pinyin: [],
      },
    },
  ],
  edges: [
    mention('gqa', 'mqa', '基于MQA改进的注意力机制', 'based-on'),
    mention('zero', 'deepspeed', 'deepspeed分布式训练的核心', 'part-of'),
    mention('layernorm', 'batchnorm', '与BatchNorm不同'),
    member('mqa'),
    member('gqa'),
    member('mha'),
  ],
}
const l = buildLookup(graph)

describe('typedRelationsOf', () => {
  it('gives the genus and the typed edges both ways, with evidence', () => {
    const gqa = typedRelationsOf(l, 'gqa')
    expect(gqa.genus?.text).toBe('注意力机制')
    expect(gqa.genus?.target?.id).toBe('concept:attention')
    expect(gqa.outgoing.map((r) => [r.subject.label, r.relation, r.object.label, r.evidence])).toEqual([
      ['Grouped query attention', 'based-on', 'MQA', '基于MQA改进的注意力机制'],
    ])
    expect(typedRelationsOf(l, 'mqa').incoming.map((r) => r.subject.label)).toEqual([
      'Grouped query attention',
    ])
  })
  it('lists only the relations the graph has, in legend order', () => {
    expect(relationsInGraph(l)).toEqual(['part-of', 'based-on'])
  })
})

describe('kindsTree', () => {
  const tree = kindsTree(l, l.nodes.keys())
  it('puts each term under its kind, nested under the term it builds on', () => {
    const attentionKind = tree.roots.find((r) => r.label === '注意力机制')
    expect(attentionKind?.children.map((c) => c.label)).toEqual(['MQA', 'Muti-head Attention'])
    expect(attentionKind?.children[0]?.children.map((c) => c.label)).toEqual(['Grouped query attention'])
  })
  it('makes a term with parts under it a root, and lists terms of no kind apart', () => {
    expect(tree.roots.map((r) => r.label)).toEqual(['注意力机制', '分布式训练库'])
    expect(tree.roots[1]?.children.map((c) => c.label)).toEqual(['DeepSpeed'])
    expect(tree.loose.map((t) => t.label)).toEqual(['BatchNorm', 'Layernorm', 'RL', 'ZeRO'])
  })
  it('walks open items depth first with their levels', () => {
    const open = new Set(['kind:concept:attention', 'term:mqa'])
    expect(flatten(tree.roots, open).map(({ item, level }) => `${level}:${item.label}`)).toEqual([
      '1:注意力机制',
      '2:MQA',
      '3:Grouped query attention',
      '2:Muti-head Attention',
      '1:分布式训练库',
    ])
  })
  it('keeps only the terms asked for', () => {
    expect(
      flatten(kindsTree(l, ['gqa', 'mha']).roots, new Set(['kind:concept:attention'])).map(
        (x) => x.item.label,
      ),
    ).toEqual(['注意力机制', 'Grouped query attention', 'Muti-head Attention'])
  })
})

describe('confusables', () => {
  it.each([
    ['BatchNorm', 'Layernorm', true],
    ['RMS Norm', 'BatchNorm', true],
    ['on-policy', 'off-policy', true],
    ['编码器', '解码器', true],
    ['MQA', 'RL', false],
    ['强化学习', '蒙特卡洛强化学习', false],
  ])('%s and %s read alike: %s', (a, b, alike) => {
    expect(similarNames(a, b)).toBe(alike)
  })
  it('ranks the same kind, then names, and says why', () => {
    const found = confusablesOf(l, 'mqa')
    expect(found.map((c) => c.term.label)).toEqual(['Grouped query attention', 'Muti-head Attention'])
    expect(found[0]?.reasons).toEqual([
      { kind: 'genus', genus: '注意力机制' },
      { kind: 'variant' },
      { kind: 'concepts', concepts: ['注意力'] },
    ])
    expect(confusablesOf(l, 'batchnorm').map((c) => [c.term.label, c.reasons[0]?.kind])).toEqual([
      ['Layernorm', 'name'],
    ])
  })
})

describe('compareTerms', () => {
  it('has a column per known slug and the relations among them', () => {
    const c = compareTerms(l, ['mqa', 'nope', 'gqa'])
    expect(
      c.columns.map((col) => [col.term.label, col.genus?.text, col.concepts.map((x) => x.label)]),
    ).toEqual([
      ['MQA', '注意力机制', ['注意力']],
      ['Grouped query attention', '注意力机制', ['注意力']],
    ])
    expect(c.columns[0]?.names).toEqual(['Muti Query Attention'])
    expect(c.columns[1]?.buildsOn.map((b) => [b.relation, b.term.label])).toEqual([['based-on', 'MQA']])
    expect(c.between.map((b) => [b.subject.label, b.relation, b.object.label])).toEqual([
      ['Grouped query attention', 'based-on', 'MQA'],
    ])
  })
  it('calls an untyped mention between them a mention', () => {
    expect(compareTerms(l, ['batchnorm', 'layernorm']).between.map((b) => b.relation)).toEqual(['mention'])
  })
})

describe('progress', () => {
  it('keys progress by glossary', () => {
    const other = buildLookup({ ...graph, attributes: { title: '另一个', sources: [] } })
    expect(knownStorageKey(l)).toMatch(/^known:[0-9a-f]{8}$/)
    expect(knownStorageKey(l)).not.toBe(knownStorageKey(other))
  })
  it.each([
    ['["mqa","nope",3]', ['mqa']],
    ['not json', []],
    ['{"mqa":true}', []],
    [null, []],
  ])('reads %j as %j', (raw, slugs) => {
    expect([...parseKnown(raw, l)]).toEqual(slugs)
  })
  it('writes the same text for the same set', () => {
    expect(serializeKnown(new Set(['zero', 'mqa']))).toBe('["mqa","zero"]')
  })
  it('suggests terms whose mentioned terms are all known, in reading order', () => {
    expect(nextToLearn(l, new Set(), 10).map((t) => t.slug)).not.toContain('gqa')
    expect(nextToLearn(l, new Set(['mqa']), 1).map((t) => t.slug)).toEqual(['gqa'])
    expect(nextToLearn(l, new Set(['mqa']), 10).map((t) => t.slug)).not.toContain('mqa')
  })
})

describe('quiz', () => {
  it.each([
    ['MQA 让查询头共享键值', ['MQA'], '＿ 让查询头共享键值'],
    ['RL 不在 URL 里', ['RL'], '＿ 不在 URL 里'],
    ['多头注意力机制并行', ['多头注意力机制', '注意力'], '＿并行'],
    ['mqa and Mqa', ['MQA'], '＿ and ＿'],
  ])('blanks %j', (text, names, blanked) => {
    expect(blankNames(text, names, '＿')).toBe(blanked)
  })
  it('asks only terms whose definition says something without their names', () => {
    expect(askable(l, '＿').map((t) => t.slug)).not.toContain('rl')
  })
  it('asks four distinct choices with the answer, confusables first, the same each time', () => {
    const q = questionFor(l, 0, new Set(), '＿')
    expect(q).toBeDefined()
    if (!q) return
    expect(q.choices).toHaveLength(4)
    expect(new Set(q.choices.map((c) => c.id)).size).toBe(4)
    expect(q.choices.map((c) => c.id)).toContain(q.answer.id)
    expect(q.text).not.toContain(q.answer.label)
    expect(questionFor(l, 0, new Set(), '＿')).toEqual(q)
  })
  it('never asks the same term twice in a row, and asks known terms less often', () => {
    const asked = (known: Set<string>) => {
      let previous: string | undefined
      const ids: string[] = []
      for (let round = 0; round < 200; round++) {
        const q = questionFor(l, round, known, '＿', previous)
        if (!q) break
        expect(q.answer.id).not.toBe(previous)
        previous = q.answer.id
        ids.push(q.answer.id)
      }
      return ids
    }
    const count = (ids: string[], id: string) => ids.filter((x) => x === id).length
    expect(count(asked(new Set(['mqa'])), 'mqa')).toBeLessThan(count(asked(new Set()), 'mqa'))
  })
})

describe('flashcardsTsv', () => {
  it('writes one tab-separated card per term with Anki headers, escaped', () => {
    const tsv = flashcardsTsv(l, ['mqa', 'concept:attention'], (g) => `是一种：${g}`)
    const lines = tsv.trimEnd().split('\n')
    expect(lines.slice(0, 3)).toEqual(['#separator:tab', '#html:true', '#columns:Front\tBack'])
    expect(lines.slice(3)).toEqual([
      'MQA\t一种加快计算速度的注意力机制，MQA 让查询头共享键值<br><br>是一种：注意力机制',
    ])
    const hostile = buildLookup({
      ...graph,
      nodes: [term('x', 'A<B', { definition: 'one\ttwo\nthree' })],
      edges: [],
    })
    expect(flashcardsTsv(hostile, undefined, (g) => g).split('\n')[3]).toBe('A&lt;B\tone two<br>three')
  })
})
