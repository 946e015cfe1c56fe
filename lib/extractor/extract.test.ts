import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extract, serializeGraph } from './extract'
import type { GlossaryGraph } from './graph/build'
import { formatDiagnostic } from './diagnostics'

const file = (path: string) => ({ path, content: readFileSync(path, 'utf8') })
const bundled = { files: [file('glossary/glossary.md')], concepts: file('glossary/concepts.txt') }

function build(input: Parameters<typeof extract>[0]): GlossaryGraph {
  const { graph, diagnostics } = extract(input)
  if (!graph) throw new Error(diagnostics.map(formatDiagnostic).join('\n'))
  return graph
}

const keyOf = (graph: GlossaryGraph, label: string): string => {
  const key = graph.findNode((_k, a) => a.kind === 'term' && a.label === label)
  if (!key) throw new Error(`no term "${label}"`)
  return key
}
const mentions = (graph: GlossaryGraph, from: string, to: string): boolean =>
  graph.someEdge(keyOf(graph, from), keyOf(graph, to), (_e, a) => a.kind === 'mention')
const conceptsOf = (graph: GlossaryGraph, label: string): string[] =>
  graph.outNeighbors(keyOf(graph, label)).filter((n) => graph.getNodeAttribute(n, 'kind') === 'concept')
const shareAnything = (graph: GlossaryGraph, a: string, b: string): boolean => {
  const [ka, kb] = [keyOf(graph, a), keyOf(graph, b)]
  return graph.areNeighbors(ka, kb) || conceptsOf(graph, a).some((c) => conceptsOf(graph, b).includes(c))
}

describe('the bundled glossary', () => {
  const graph = build(bundled)

  it.each([
    ['Grouped query attention', 'MQA'],
    ['sentencepiece', 'BPE'],
    ['ZeRO', 'DeepSpeed'],
    ['RETRO', 'transformer'],
    ['FiD', 'decoder'],
    ['RLHF', 'RL'],
    ['causal decoder', 'decoder'],
    ['GPTQ', 'transformer'],
    ['TD learning', 'RL'],
  ])('%s mentions %s', (from, to) => {
    expect(mentions(graph, from, to)).toBe(true)
  })

  it.each([
    ['BGE', 'RoPE'],
    ['DeepSpeed', 'Deep Norm'],
    ['DeepSpeed', 'DQN'],
    ['text2vec', 'BGE'],
  ])('%s and %s are not linked', (a, b) => {
    expect(shareAnything(graph, a, b)).toBe(false)
  })

  it.each([
    [['ALiBi', 'RoPE']],
    [['GELU', 'Swish']],
    [['BatchNorm', 'Layernorm', 'RMS Norm', 'Deep Norm']],
    [['Grouped query attention', 'MQA', 'Flash Attention', 'Paged Attention', 'Muti-head Attention']],
    [['PEFT', 'Addition-based', 'Reparameterization-based', 'Specification-based']],
  ])('%j share a concept', (labels) => {
    const shared = labels.map((l) => conceptsOf(graph, l)).reduce((a, b) => a.filter((c) => b.includes(c)))
    expect(shared.length).toBeGreaterThan(0)
  })

  it('keeps generic words out of the concepts and has no giant hub', () => {
    const concepts = graph
      .filterNodes((_k, a) => a.kind === 'concept')
      .map((k) => graph.getNodeAttribute(k, 'label'))
    for (const generic of [
      '一种',
      '方法',
      '模型',
      '算法',
      '提出',
      '开源',
      '优化',
      '训练',
      '谷歌',
      '微软',
      'Deep',
      'Embedding',
    ]) {
      expect(concepts).not.toContain(generic)
    }
    graph.forEachNode((node) => expect(graph.degree(node)).toBeLessThan(graph.order / 4))
  })

  it('puts the RL family around RL', () => {
    const family = [
      'PPO',
      'TRPO',
      'TD learning',
      'MC learning',
      'policy-based',
      'value-based',
      'off-policy',
      'RLHF',
    ]
    for (const label of family) expect(mentions(graph, label, 'RL')).toBe(true)
  })

  it('writes the attributes of the graph.json contract', () => {
    const data = graph.export()
    const rl = data.nodes.find((n) => n.attributes?.label === 'RL')?.attributes
    expect(rl).toMatchObject({
      kind: 'term',
      slug: 'rl',
      aliases: ['RL', 'Reinforcement Learning', '强化学习'],
      expansion: 'Reinforcement Learning',
      gloss: '强化学习',
      source: { file: 'glossary/glossary.md', line: 86 },
    })
    for (const node of data.nodes) {
      expect(node.attributes?.slug).toMatch(/^[a-z0-9-]+$/)
      expect(Number.isFinite(node.attributes?.x) && Number.isFinite(node.attributes?.y)).toBe(true)
    }
    for (const edge of data.edges) expect(edge.attributes?.evidence).toBeTruthy()
    const gqa = data.edges.find((e) => e.source === 'grouped-query-attention' && e.target === 'mqa')
    expect(gqa?.attributes).toEqual({
      kind: 'mention',
      evidence: '基于MQA改进的注意力机制',
      relation: 'based-on',
    })
  })

  it.each([
    ['Grouped query attention', [['MQA', 'mqa']]],
    ['ZeRO', [['deepspeed', 'deepspeed']]],
    ['PPO', [['强化学习', 'rl']]],
    ['RL', []],
  ])("stores where %s's definition names other terms", (label, expected) => {
    const a = graph.getNodeAttributes(keyOf(graph, label))
    const found =
      a.kind === 'term' ? (a.mentions ?? []).map((m) => [a.definition.slice(m.start, m.end), m.target]) : []
    expect(found).toEqual(expected)
  })

  it('gives Chinese names pinyin search keys (full and initials)', () => {
    const keys = graph.getNodeAttribute(keyOf(graph, 'Muti-head Attention'), 'pinyin')
    expect(keys).toContain('duotou zhuyili jizhi')
    expect(keys).toContain('dt zyl jz')
  })

  it('reads all 51 terms, and the graph is the one built before shape readers existed', () => {
    expect(graph.filterNodes((_k, a) => a.kind === 'term')).toHaveLength(51)
    // sha256 of graph.json from the bullet-only extractor (main before the readers): any
    // change to the bundled graph must be deliberate, and this hash updated with a reason.
    // Since then term nodes carry their mention offsets, their genus and its target, and mention
    // edges their typed relation (all additive): without them, same bytes.
    const withoutOffsets = graph.export()
    for (const node of withoutOffsets.nodes) {
      if (node.attributes?.kind !== 'term') continue
      delete node.attributes.mentions
      delete node.attributes.genus
      delete node.attributes.genusTarget
    }
    for (const edge of withoutOffsets.edges) delete edge.attributes?.relation
    const hash = createHash('sha256')
      .update(`${JSON.stringify(withoutOffsets)}\n`)
      .digest('hex')
    expect(hash).toBe('a5cf015257fe1656d27c7b08075971459031ee7e4895ecd2b207e020e3298d63')
    const zero = graph.getNodeAttributes('zero')
    expect(zero.kind === 'term' && zero.mentions).toEqual([{ start: 0, end: 9, target: 'deepspeed' }])
  })

  it('produces the same bytes for the same input', () => {
    expect(serializeGraph(build(bundled))).toBe(serializeGraph(graph))
  })
})

describe('a glossary it was not tuned on', () => {
  const { graph, diagnostics } = extract({ files: [file('lib/__fixtures__/ml-glossary.md')] })

  it('links by plurals, hyphen variants, Chinese names and parenthesised aliases', () => {
    if (!graph) throw new Error('no graph')
    for (const [from, to] of [
      ['ViT', 'CNN'], // "CNNs"
      ['Warmup', 'learning rate'], // "learning-rate", 学习率
      ['SGD', 'gradient descent'], // 随机梯度下降
      ['CLIP', 'contrastive learning'], // 对比学习
      ['weight decay', 'L2 regularization'], // L2正则化
      ['ROUGE', 'BLEU'],
      ['VAE', 'GAN'], // in a nested bullet
    ]) {
      expect(mentions(graph, from ?? '', to ?? ''), `${from} → ${to}`).toBe(true)
    }
    expect(shareAnything(graph, 'W&B', 'GAN')).toBe(false) // "gan" only inside a URL
    expect(shareAnything(graph, 'Wasserstein distance', 'GAN')).toBe(false) // WGAN is another word
  })

  it('groups terms by shared concepts', () => {
    if (!graph) throw new Error('no graph')
    const shared = (labels: string[]) =>
      labels.map((l) => conceptsOf(graph, l)).reduce((a, b) => a.filter((c) => b.includes(c)))
    expect(shared(['dropout', 'weight decay', 'L2 regularization'])).not.toEqual([])
    expect(shared(['BLEU', 'ROUGE', 'Perplexity'])).not.toEqual([])
  })

  it('warns about the misspelt mention and skips empty bullets and the notes section', () => {
    expect(diagnostics.filter((d) => d.severity !== 'note').map(formatDiagnostic)).toEqual([
      'lib/__fixtures__/ml-glossary.md:59: warning: "Transfomer" looks like a misspelling of "Transformer" (defined at lib/__fixtures__/ml-glossary.md:55)',
    ])
    expect(graph?.someNode((_k, a) => a.label.includes('本表'))).toBe(false)
  })
})

describe('fatal input', () => {
  it('returns no graph and every error; a term written twice is merged, not fatal', () => {
    const { graph, diagnostics } = extract({
      files: [
        { path: 'a.md', content: '# T\n\n- BPE，分词\n- ，没有名字\n' },
        { path: 'b.md', content: '# T\n\n- bpe，又一个\n' },
      ],
    })
    expect(graph).toBeUndefined()
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'a.md:3: warning: duplicate term "bpe" (also at b.md:3); entries merged',
      'a.md:4: error: entry has no term name: "，没有名字"',
      'b.md:3: warning: duplicate term "bpe" (also at a.md:3); entries merged',
    ])
  })

  it('returns no graph for a glossary without terms', () => {
    const { graph, diagnostics } = extract({ files: [{ path: 'a.md', content: '# T\n\nJust prose.\n' }] })
    expect(graph).toBeUndefined()
    expect(diagnostics.map((d) => d.severity)).toEqual(['error', 'note'])
  })
})

describe('communities', () => {
  it('are numbered largest first, so the biggest groups get distinct colours', () => {
    const graph = build(bundled)
    const sizes = new Map<number, number>()
    graph.forEachNode((_k, a) => sizes.set(a.community, (sizes.get(a.community) ?? 0) + 1))
    const bySizeDesc = [...sizes.keys()].sort((a, b) => a - b).map((c) => sizes.get(c) ?? 0)
    expect(bySizeDesc).toEqual([...bySizeDesc].sort((a, b) => b - a))
    expect(sizes.size).toBeGreaterThan(3)
  })
})
