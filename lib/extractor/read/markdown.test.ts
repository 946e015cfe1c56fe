import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../diagnostics'
import { readMarkdown } from './markdown'

const read = (markdown: string) => readMarkdown(markdown, 'g.md')
const doc = (body: string): string => `# 术语表\n\n## A\n\n${body}\n`

describe('the one-line bullet dialect', () => {
  it.each([
    ['continuation line joins without a space in Chinese', '- ABC，第一行\n  第二行', 'ABC，第一行第二行'],
    [
      'continuation line joins with a space in English',
      '- ABC, first line\n  second line',
      'ABC, first line second line',
    ],
    ['inline code keeps its text', '- ABC，把`logits`变成概率', 'ABC，把logits变成概率'],
    ['bold and emphasis are unwrapped', '- ABC，计算**梯度**和*损失*', 'ABC，计算梯度和损失'],
    [
      'a link keeps its address',
      '- ABC，见[论文](https://example.org/p)',
      'ABC，见论文（https://example.org/p）',
    ],
    ['formatting HTML is dropped, its text kept', '- ABC，H<sub>2</sub>O', 'ABC，H2O'],
    [
      'other HTML stays as characters',
      '- ABC，<img src=x onerror=alert(1)>',
      'ABC，<img src=x onerror=alert(1)>',
    ],
    [
      'nested bullets join the parent entry',
      '- ABC，父条目\n  - 子项一\n  - 子项二',
      'ABC，父条目；子项一；子项二',
    ],
  ])('%s', (_name, body, text) => {
    const { entries } = read(doc(body))
    expect(entries.map((e) => [e.shape, e.head, e.definition])).toEqual([['bullet', text, undefined]])
  })

  it('records lines and letters, and notes empty bullets and non-term sections', () => {
    const { title, entries, diagnostics } = read(
      '# 术语表\n\n## B\n\n- \n- BPE，分词\n\n## C\n\n- CNN，卷积\n\n# 注释\n\n- 这不是术语\n',
    )
    expect(title).toBe('术语表')
    expect(entries).toEqual([
      { shape: 'bullet', line: 6, section: 'B', head: 'BPE，分词' },
      { shape: 'bullet', line: 10, section: 'C', head: 'CNN，卷积' },
    ])
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'g.md:5: note: skipped empty bullet',
      'g.md:12: note: skipped section "注释" (3 lines)',
    ])
  })
})

// [shape, markdown, expected [shape, head, definition] per entry]
const shapes: Array<[string, string, Array<[string, string, string | undefined]>]> = [
  [
    'bullets with a bold, linked or plain name and a separator',
    '- **LoRA**: low-rank adapters\n- **QLoRA** — quantized LoRA\n- [RAG](https://x.org): retrieval first\n- Token - a piece of text\n- 温度（Temperature）：采样参数',
    [
      ['bullet', 'LoRA', 'low-rank adapters'],
      ['bullet', 'QLoRA', 'quantized LoRA'],
      ['bullet', 'RAG', 'retrieval first'],
      ['bullet', 'Token', 'a piece of text'],
      ['bullet', '温度（Temperature）', '采样参数'],
    ],
  ],
  [
    'a bullet whose definition is the nested bullets',
    '- **MoE**\n  - routes tokens to experts\n  - sparse\n- Beam search\n  - keeps k candidates',
    [
      ['bullet', 'MoE', 'routes tokens to experts; sparse'],
      ['bullet', 'Beam search', 'keeps k candidates'],
    ],
  ],
  [
    'bold terms with a separator, a soft break, or the next paragraphs',
    '**LoRA**: low-rank adapters.\n**DPO** — preference optimisation.\n\n**Token**\nA piece of text.\n\n**KV Cache**\n\nStores keys and values.\n\n- grows with context',
    [
      ['bold', 'LoRA', 'low-rank adapters.'],
      ['bold', 'DPO', 'preference optimisation.'],
      ['bold', 'Token', 'A piece of text.'],
      ['bold', 'KV Cache', 'Stores keys and values. grows with context'],
    ],
  ],
  [
    'a heading per term under letter headings',
    '# G\n\n## A\n\n### Agent\n\n智能体，调用工具的程序。\n\n### AWQ (Activation-aware Weight Quantization)\n\n量化方法。\n\n## B\n\n### BPE\n\n分词算法。\n\n- 合并高频字符对',
    [
      ['heading', 'Agent', '智能体，调用工具的程序。'],
      ['heading', 'AWQ (Activation-aware Weight Quantization)', '量化方法。'],
      ['heading', 'BPE', '分词算法。合并高频字符对'],
    ],
  ],
  [
    'a heading per term at level 2, with an introduction section among them',
    '# G\n\n## Overview\n\nWhat this is.\n\n## Attention\n\nWeighs tokens.\n\n## Dropout\n\nZeroes activations.',
    [
      ['heading', 'Attention', 'Weighs tokens.'],
      ['heading', 'Dropout', 'Zeroes activations.'],
    ],
  ],
  [
    'a heading named like a section, between term headings, is a term',
    '# G\n\n## Overview\n\nWhat this is.\n\n### 模型\n\n一种函数。\n\n### 资源\n\n算力与显存。\n\n### 推理\n\n用模型作答。\n\n## 参考资料\n\n- [书](https://x.org)\n',
    [
      ['heading', '模型', '一种函数。'],
      ['heading', '资源', '算力与显存。'],
      ['heading', '推理', '用模型作答。'],
    ],
  ],
  [
    'a heading term whose definition opens with a picture and bold sub-terms',
    '# G\n\n## Kernel\n\nA small matrix.\n\n## Layer\n\n![layers](x.png)\n\n**Input Layer**\n\nHolds the data.\n\n**Output Layer**\n\nGives the answer.\n\n## Pooling\n\nShrinks maps.\n\n## Resources\n\n* https://x.org/a\n* https://x.org/b\n',
    [
      ['heading', 'Kernel', 'A small matrix.'],
      ['heading', 'Layer', 'Input Layer: Holds the data. Output Layer: Gives the answer.'],
      ['heading', 'Pooling', 'Shrinks maps.'],
    ],
  ],
  [
    'group headings above bold terms are sections, not terms',
    '# G\n\n## Basics\n\n**Token**\nA piece of text.\n\n## Training\n\n**SFT**\nSupervised fine-tuning.',
    [
      ['bold', 'Token', 'A piece of text.'],
      ['bold', 'SFT', 'Supervised fine-tuning.'],
    ],
  ],
  [
    'definition lists: several terms per paragraph (names of one entry), several definitions, a blank line before ":"',
    '**chunk**\n: a span of a document\n\nTerm A\nTerm B\n: shared\n: second sense\nTerm C\n: its own\ncontinued\n\nTerm D\n\n: after a blank line',
    [
      ['deflist', 'chunk', 'a span of a document'],
      ['deflist', 'Term A', 'shared; second sense'],
      ['deflist', 'Term C', 'its own continued'],
      ['deflist', 'Term D', 'after a blank line'],
    ],
  ],
  [
    'several shapes in one file, one per section',
    '# G\n\n## Bullets\n\n- **A1**: one\n\n## Bold\n\n**B1**: two\n\n## Deflist\n\nC1\n: three',
    [
      ['bullet', 'A1', 'one'],
      ['bold', 'B1', 'two'],
      ['deflist', 'C1', 'three'],
    ],
  ],
]

describe('shapes', () => {
  it.each(shapes)('%s', (_name, markdown, expected) => {
    const { entries } = read(markdown)
    expect(entries.map((e) => [e.shape, e.head, e.definition])).toEqual(expected)
  })

  it('keeps examples apart from the definition', () => {
    const [entry] = read(
      '- **投机解码**\n  - 小模型先猜，大模型验证\n  - 示例：1B 草稿模型配 70B 模型',
    ).entries
    expect(entry).toMatchObject({
      head: '投机解码',
      definition: '小模型先猜，大模型验证',
      extra: '示例：1B 草稿模型配 70B 模型',
    })
  })

  it('reads a narrower term nested under a term with its own definition, not nested details', () => {
    const { entries } = read(
      [
        '- Optimizer: turns gradients into updates',
        '  - Learning Rate Schedule: how the step size changes',
        '  - Example: AdamW',
        '- Parameters:',
        '  - Trainable parameters: weights the optimizer updates',
      ].join('\n'),
    )
    expect(entries.map((e) => [e.head, e.line])).toEqual([
      ['Optimizer', 1],
      ['Learning Rate Schedule', 2],
      ['Parameters:', 4], // the colon goes when the head is split into names
    ])
  })

  it('records the group heading an entry stands under', () => {
    const { entries } = read('# G\n\n## 基础概念\n\n**Token**\n词元。\n\n## B\n\n- BPE，分词')
    expect(entries.map((e) => e.section)).toEqual(['基础概念', 'B'])
  })
})

describe('blocks that are not terms', () => {
  it('are each reported with their line and reason', () => {
    const markdown = [
      '---', // 1
      'title: T',
      '---',
      '',
      '[![ci](https://x/b.svg)](https://x) [![npm](https://y/b.svg)](https://y)', // 5
      '',
      '[← Back](../README.md) | [Home](/)', // 7
      '',
      'This glossary explains the words we use.', // 9
      '',
      '## Table of Contents', // 11
      '',
      '- [Attention](#attention)',
      '- [BERT](#bert)',
      '',
      '## Terms', // 16
      '',
      '**Attention**: weighs tokens.',
      '',
      '```py', // 20
      'x = 1',
      '```',
      '',
      '<!-- TODO -->', // 24
      '',
      '## References', // 26
      '',
      '- [Paper](https://arxiv.org) - Vaswani et al.',
      '',
      '## 参考资料', // 30
      '',
      '- 某本书',
      '',
      '---',
      '',
      'Made with care.', // 36
    ].join('\n')
    const { title, entries, diagnostics } = read(markdown)
    expect(title).toBe('T')
    expect(entries.map((e) => e.head)).toEqual(['Attention'])
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'g.md:1: note: skipped front matter',
      'g.md:5: note: skipped navigation line',
      'g.md:7: note: skipped navigation line',
      'g.md:9: note: skipped prose introduction (paragraph)',
      'g.md:13: note: skipped table of contents (2 links)',
      'g.md:20: note: skipped code block',
      'g.md:24: note: skipped HTML comment',
      'g.md:26: note: skipped section "References" (3 lines)',
      'g.md:30: note: skipped section "参考资料" (7 lines)',
    ])
  })

  it.each([
    [
      'bold lines written unlike the entries above the rule',
      '## A\n\n**Agent**\n- acts with tools\n\n**Bias**\n- skews results\n\n---\n\n**Done**\n\n**Terms**: 100+\n**Level**: beginners\n',
      ['Agent', 'Bias'],
      [
        'g.md:11: note: skipped footer (not written like the entries above it)',
        'g.md:13: note: skipped label with a value, not a definition',
        'g.md:14: note: skipped footer (not written like the entries above it)',
      ],
    ],
    [
      'tips in bullets under the last heading term',
      '## A\n\n### Agent\nacts with tools\n\n### Bias\nskews results\n\n---\n\n💡 **Tips**:\n- read in order\n- come back often\n',
      ['Agent', 'Bias'],
      [
        'g.md:11: note: skipped footer',
        'g.md:12: note: skipped footer (not written like the entries above it)',
      ],
    ],
    [
      'an entry written like the others after the last rule stays an entry',
      '**Agent**: acts with tools\n\n---\n\n**Bias**: skews results\n\n---\n\n**Cache**: keeps results\n',
      ['Agent', 'Bias', 'Cache'],
      [],
    ],
  ])('a footer: %s', (_name, markdown, heads, notes) => {
    const { entries, diagnostics } = read(markdown)
    expect(entries.map((e) => e.head)).toEqual(heads)
    for (const message of notes) expect(diagnostics.map(formatDiagnostic)).toContain(message)
  })

  it('notes a footer after the last rule, and a bullet that is a sentence', () => {
    const { diagnostics } = read(
      '- **A**: one\n- This line is a whole sentence and not the name of anything.\n\n---\n\nMade with care.\n',
    )
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'g.md:2: note: skipped bullet (a sentence, not a term)',
      'g.md:6: note: skipped footer',
    ])
  })
})
