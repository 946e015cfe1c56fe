/** A tiny hand-written graph.json for unit tests of the browser-side modules. */
import type { GraphJSON, NodeAttributes } from '../types'

const m = { degree: 1, pagerank: 0.1, community: 0, x: 0, y: 0 }
/** A term node with defaults for every attribute not given. */
export const term = (
  slug: string,
  label: string,
  extra: Partial<Extract<NodeAttributes, { kind: 'term' }>> = {},
) => ({
  key: slug,
  attributes: {
    kind: 'term' as const,
    label,
    slug,
    aliases: [label],
    definition: '',
    source: { file: 'g.md', line: 1 },
    pinyin: [],
    ...m,
    ...extra,
  },
})
/** A concept node. */
const concept = (slug: string, label: string, pinyin: string[]) => ({
  key: `concept:${slug}`,
  attributes: { kind: 'concept' as const, label, slug, aliases: [label], pinyin, ...m },
})

export const sampleGraph: GraphJSON = {
  attributes: { title: '测试术语', sources: ['g.md'] },
  options: { type: 'directed', multi: false, allowSelfLoops: false },
  nodes: [
    term('mqa', 'MQA', { expansion: 'Muti Query Attention', definition: '一种加快计算速度的注意力机制' }),
    term('gqa', 'Grouped query attention', { definition: '基于MQA改进的注意力机制' }),
    term('muti-head-attention', 'Muti-head Attention', {
      gloss: '多头注意力机制',
      pinyin: ['duotouzhuyilijizhi', 'dtzyljz'],
    }),
    term('rl', 'RL', {
      expansion: 'Reinforcement Learning',
      gloss: '强化学习',
      pinyin: ['qianghuaxuexi', 'qhxx'],
    }),
    term('text2vec', 'text2vec', {
      definition: '一般指https://huggingface.co/x <img src=x onerror=alert(1)>',
    }),
    concept('zhuyili', '注意力', ['zhuyili', 'zyl']),
    concept('qianghuaxuexi', '强化学习', ['qianghuaxuexi', 'qhxx']),
  ],
  edges: [
    {
      key: 'm1',
      source: 'gqa',
      target: 'mqa',
      attributes: { kind: 'mention', evidence: '基于MQA改进的注意力机制' },
    },
    {
      key: 'c1',
      source: 'mqa',
      target: 'concept:zhuyili',
      attributes: { kind: 'concept', evidence: '注意力机制' },
    },
    {
      key: 'c2',
      source: 'gqa',
      target: 'concept:zhuyili',
      attributes: { kind: 'concept', evidence: '改进的注意力机制' },
    },
    {
      key: 'c3',
      source: 'muti-head-attention',
      target: 'concept:zhuyili',
      attributes: { kind: 'concept', evidence: '多头注意力机制' },
    },
    {
      key: 'c4',
      source: 'rl',
      target: 'concept:qianghuaxuexi',
      attributes: { kind: 'concept', evidence: '强化学习' },
    },
    { source: 'rl', target: 'missing', attributes: { kind: 'mention', evidence: 'dangling' } },
  ],
}
