import { describe, expect, it } from 'vitest'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import type { Table } from 'mdast'
import type { BlockReading, RawEntry } from './raw-entry'
import { readTable } from './table'
import { headerRole } from './table-headers'

/** Read the first table of `markdown` (lines count from the markdown's first line). */
function read(markdown: string, section?: string): BlockReading {
  const root = unified().use(remarkParse).use(remarkGfm).parse(markdown)
  const table = root.children.find((node): node is Table => node.type === 'table')
  if (!table) throw new Error('test: no table in the markdown')
  return readTable(table, { file: 'g.md', section })
}

const messages = (reading: BlockReading): string[] =>
  reading.diagnostics.map((d) => `${d.source.line}: ${d.severity}: ${d.message}`)

type Expected = Partial<RawEntry>

describe('readTable reads glossary tables', () => {
  it.each<[string, string, string, Expected[]]>([
    [
      'Chinese headers 术语|英文全称|中文|释义',
      '| 术语 | 英文全称 | 中文 | 释义 |\n|---|---|---|---|\n| LLM | Large Language Model | 大语言模型 | 在大量文本上训练的模型 |',
      'term column "术语"',
      [
        {
          line: 3,
          head: 'LLM',
          names: { expansion: 'Large Language Model', gloss: '大语言模型' },
          definition: '在大量文本上训练的模型',
        },
      ],
    ],
    [
      'abbreviation is the label; an empty abbreviation falls back to the full name',
      '| 英文简称 | 英文全称 | 中文翻译 | 解释 |\n|---|---|---|---|\n| RAG | Retrieval-Augmented Generation | 检索增强生成 | 先检索再生成 |\n|  | Prompt Engineering | 提示工程 | 设计提示词 |',
      'term column "英文简称"',
      [
        {
          line: 3,
          head: 'RAG',
          names: { expansion: 'Retrieval-Augmented Generation', gloss: '检索增强生成' },
        },
        { line: 4, head: 'Prompt Engineering', names: { gloss: '提示工程' }, definition: '设计提示词' },
      ],
    ],
    [
      'English Term|Definition',
      '| Term | Definition |\n|---|---|\n| Epoch | One full pass over the training data. |\n| Batch Size | How many examples one step sees. |',
      'term column "Term"',
      [
        { line: 3, head: 'Epoch', definition: 'One full pass over the training data.' },
        { line: 4, head: 'Batch Size', definition: 'How many examples one step sees.' },
      ],
    ],
    [
      'Acronym|Full name|Description|Example: examples are extra text',
      '| Acronym | Full name | Description | Example |\n|---|---|---|---|\n| KV | Key-Value Cache | Stores past keys and values. | Used by vLLM paging. |',
      'term column "Acronym"',
      [
        {
          head: 'KV',
          names: { expansion: 'Key-Value Cache' },
          definition: 'Stores past keys and values.',
          extra: 'Used by vLLM paging.',
        },
      ],
    ],
    [
      'bilingual Term|中文|Definition',
      '| Term | 中文 | Definition |\n|---|---|---|\n| Attention | 注意力 | Weighs tokens against each other. |\n| Prompt Caching | Prompt 缓存 | Reuses a shared prefix. |',
      'term column "Term"',
      [
        { head: 'Attention', names: { gloss: '注意力' } },
        // A column headed 中文 keeps a mixed-script Chinese name whole.
        { head: 'Prompt Caching', names: { gloss: 'Prompt 缓存' } },
      ],
    ],
    [
      'column order: definition first, Chinese and English names after',
      '| 释义 | 中文 | 英文 |\n|---|---|---|\n| 每步只生成一个词元 | 解码 | Decode |',
      'term column "英文"',
      [{ head: 'Decode', names: { gloss: '解码' }, definition: '每步只生成一个词元' }],
    ],
    [
      'Chinese and English term columns: the English one labels, the Chinese one is the gloss',
      '| 中文术语 | 英文术语 | 释义说明 |\n|---|---|---|\n| 蒸馏 | Distillation | 用大模型的输出训练小模型 |',
      'term column "英文术语"',
      [{ head: 'Distillation', names: { gloss: '蒸馏' }, definition: '用大模型的输出训练小模型' }],
    ],
    [
      'a column of English and Chinese names is split by script',
      '| 术语 | 全称 / 中文 | 说明 |\n|---|---|---|\n| SFT | Supervised Fine-Tuning 有监督微调 | 用问答对继续训练 |\n| 量化 | Quantization | 压低权重精度 |',
      'term column "术语"',
      [
        { head: 'SFT', names: { expansion: 'Supervised Fine-Tuning', gloss: '有监督微调' } },
        { head: '量化', names: { expansion: 'Quantization' } },
      ],
    ],
    [
      'headers with emoji and bold',
      '| 🔤 **Term** | 📖 **Meaning** |\n|---|---|\n| Token | A piece of text the model reads. |',
      'term column "🔤 Term"',
      [{ head: 'Token', definition: 'A piece of text the model reads.' }],
    ],
    [
      'bold, links and code in cells: a linked name gives its text, a definition keeps the address',
      '| Term | Definition |\n|---|---|\n| **[LoRA](https://arxiv.org/abs/2106.09685)** | Trains `A` and `B`, see [paper](https://x.org/p). |',
      'term column "Term"',
      [{ head: 'LoRA', definition: 'Trains A and B, see paper（https://x.org/p）.' }],
    ],
    [
      '<br> is a new line in a definition and a space in a name',
      '| Term | Definition |\n|---|---|\n| Weights<br>Activations | Parameters.<br>Intermediate results. |',
      'term column "Term"',
      [{ head: 'Weights Activations', definition: 'Parameters.\nIntermediate results.' }],
    ],
    [
      'empty cells and placeholders carry nothing',
      '| Abbreviation | Term | Description |\n|---|---|---|\n| GPTQ | — | Post-training quantization. |\n| Tokenizer | | |',
      'term column "Abbreviation"',
      [
        { line: 3, head: 'GPTQ', definition: 'Post-training quantization.' },
        { line: 4, head: 'Tokenizer' },
      ],
    ],
    [
      'a names-only table (abbreviation, full name, Chinese) is read without definitions',
      '| 缩写 | 全称 | 中文 |\n|---|---|---|\n| TP | Tensor Parallelism | 张量并行 |',
      'term column "缩写"',
      [{ head: 'TP', names: { expansion: 'Tensor Parallelism', gloss: '张量并行' } }],
    ],
    [
      'a category column gives the section; the table section is the fallback',
      '| 分类 | 术语 | 定义 |\n|---|---|---|\n| 训练 | SFT | 有监督微调 |\n| | RAG | 检索增强生成 |',
      'term column "术语"',
      [
        { head: 'SFT', section: '训练' },
        { head: 'RAG', section: 'Heading' },
      ],
    ],
    [
      'a row holding only a bold title heads the rows under it',
      '| Term | Definition |\n|---|---|\n| **Serving** | |\n| TTFT | Latency to the first token. |',
      'term column "Term"',
      [{ line: 4, head: 'TTFT', section: 'Serving' }],
    ],
  ])('%s', (_name, markdown, summary, expected) => {
    const reading = read(markdown, 'Heading')
    expect(reading.summary).toBe(summary)
    expect(reading.entries).toHaveLength(expected.length)
    reading.entries.forEach((entry, i) => expect(entry).toMatchObject({ shape: 'table', ...expected[i] }))
  })

  it.each<[string, string, string, Expected[]]>([
    [
      'empty headers: short names are terms, the longest text defines them',
      '| | |\n|---|---|\n| Dropout | Randomly zeroes activations during training to fight overfitting. |\n| Softmax | Turns a vector of scores into probabilities that sum to one. |',
      'term column 1 (by content)',
      [
        { line: 3, head: 'Dropout' },
        {
          line: 4,
          head: 'Softmax',
          definition: 'Turns a vector of scores into probabilities that sum to one.',
        },
      ],
    ],
    [
      'generic headers: a Chinese column beside Latin names is the gloss',
      '| Column 1 | Column 2 | Column 3 |\n|---|---|---|\n| Dropout | 随机失活 | Randomly zeroes activations during training. |\n| Softmax | 归一化指数函数 | Turns scores into probabilities that sum to one. |',
      'term column "Column 1" (by content)',
      [
        {
          head: 'Dropout',
          names: { gloss: '随机失活' },
          definition: 'Randomly zeroes activations during training.',
        },
        { head: 'Softmax', names: { gloss: '归一化指数函数' } },
      ],
    ],
    [
      'generic headers: Latin phrases spelling out the abbreviations are the expansion',
      '| Col 1 | Col 2 | Col 3 |\n|---|---|---|\n| TTFT | Time to First Token | 从发出请求到收到第一个词元的时间，主要由预填充决定 |\n| TPOT | Time per Output Token | 每个输出词元的平均生成时间，衡量解码速度 |',
      'term column "Col 1" (by content)',
      [
        { head: 'TTFT', names: { expansion: 'Time to First Token' } },
        { head: 'TPOT', names: { expansion: 'Time per Output Token' } },
      ],
    ],
    [
      'a header row that reads as an entry is the first entry',
      '| Dropout | Randomly zeroes activations during training to fight overfitting. |\n|---|---|\n| Softmax | Turns a vector of scores into probabilities that sum to one. |',
      'term column 1 (by content, no header row)',
      [
        {
          line: 1,
          head: 'Dropout',
          definition: 'Randomly zeroes activations during training to fight overfitting.',
        },
        { line: 3, head: 'Softmax' },
      ],
    ],
  ])('by content: %s', (_name, markdown, summary, expected) => {
    const reading = read(markdown)
    expect(reading.summary).toBe(summary)
    expect(reading.entries).toHaveLength(expected.length)
    reading.entries.forEach((entry, i) => expect(entry).toMatchObject(expected[i] ?? {}))
  })
})

describe('readTable skips what is not a glossary, and says so', () => {
  it.each<[string, string, string[]]>([
    [
      'a comparison table of numbers',
      'Intro\n\n| Model | Params | Year |\n|---|---|---|\n| GPT-3 | 175B | 2020 |\n| LLaMA | 65B | 2023 |',
      ['3: note: skipped table (mostly numbers, 4 of 6 cells: headers "Model, Params, Year")'],
    ],
    [
      'a status matrix: a column of check marks, and no header naming terms',
      '| Part | State | Checked by |\n|---|---|---|\n| Policy loader | ✅ | `policy_loader.py`, `gate.py` and the smoke tests |\n| Tool allowlist | ❌ | `PolicyConfig.tools.allowlist` in the config tests |',
      ['1: note: skipped table (no term column: headers "Part, State, Checked by")'],
    ],
    [
      'a table of contents',
      '| [Training](#training) | [Serving](#serving) |\n|---|---|\n| [Data](#data) | [Eval](#eval) |',
      ['1: note: skipped table of contents (4 links)'],
    ],
    [
      'a term column with nothing said about the terms',
      '| Name | Link |\n|---|---|\n| vLLM | https://github.com/vllm-project/vllm |',
      ['1: note: skipped table (no definition column: headers "Name, Link")'],
    ],
    [
      'names, but nothing right of them defines them',
      '| Step | Command |\n|---|---|\n| Install the package and its peer dependencies, then build. | npm install && npm run build |',
      ['1: note: skipped table (no definition column: headers "Step, Command")'],
    ],
    [
      'a settings table: the short column repeats itself, so it does not name terms',
      '| Where | Effect |\n|---|---|\n| CLI | Where the graph is written. |\n| same | Warnings fail the run. |\n| same | Notes are printed too. |',
      ['1: note: skipped table (no term column: headers "Where, Effect")'],
    ],
    [
      'no column holds names',
      '| Before | After |\n|---|---|\n| The model answers in a long, rambling paragraph. | The model answers in one short sentence. |',
      ['1: note: skipped table (no term column: headers "Before, After")'],
    ],
  ])('%s', (_name, markdown, expected) => {
    const reading = read(markdown)
    expect(reading.entries).toEqual([])
    expect(messages(reading)).toEqual(expected)
  })

  it('warns at the line of a row without a name, notes ignored columns, drops index columns silently', () => {
    const reading = read(
      '| # | Term | Definition | Paper |\n|---|---|---|---|\n| 1 | DPO | Skips the reward model. | arXiv |\n| 2 | | Orphan text with no name. | |',
    )
    expect(reading.entries).toEqual([
      { shape: 'table', line: 3, head: 'DPO', definition: 'Skips the reward model.' },
    ])
    expect(messages(reading)).toEqual([
      '1: note: ignored table column "Paper" (links and sources are not definitions)',
      '4: warning: table row has no term name ("Orphan text with no name.")',
    ])
  })
})

describe('headerRole', () => {
  it.each<[string, ReturnType<typeof headerRole>]>([
    ['术语', 'term'],
    ['名称', 'term'],
    ['Concept', 'term'],
    ['英文简称', 'abbreviation'],
    ['Short', 'abbreviation'],
    ['英文全称', 'expansion'],
    ['Full form', 'expansion'],
    ['English', 'expansion'],
    ['中文名', 'gloss'],
    ['Translation', 'gloss'],
    ['中英文', 'names'],
    ['全称 / 中文', 'names'],
    ['English & Chinese', 'names'],
    ['中文全称', 'gloss'],
    ['中文直译', 'gloss'],
    ['英文翻译', 'expansion'],
    ['Term / Definition', 'definition'],
    ['中文释义', 'definition'],
    ['Short description', 'definition'],
    ['Notes', 'definition'],
    ['示例', 'example'],
    ['Examples', 'example'],
    ['Category', 'category'],
    ['来源', 'reference'],
    ['No.', 'index'],
    ['序号', 'index'],
    ['Model', undefined],
    ['Column 1', undefined],
    ['', undefined],
  ])('%s → %s', (header, role) => {
    expect(headerRole(header)).toBe(role)
  })
})
