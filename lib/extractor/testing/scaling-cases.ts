/**
 * The inputs of the scaling test (lib/extractor/scaling.test.ts), each growing in one dimension:
 * `make(n)` is the glossary at size n, and the test compares the extraction of size 8n with n.
 * Linear code is at most 8 times slower; the quadratic code each case was found in took a minute
 * or more (or crashed) at 8n, twenty times an extraction's fixed cost at least.
 */
import { readFileSync } from 'node:fs'
import type { ExtractInput } from '../extract'

export interface ScalingCase {
  /** The smaller size; the larger is 8 times it. */
  n: number
  make(n: number): Pick<ExtractInput, 'files' | 'concepts'>
  /** A node the extraction must make at every size: the case's input was read, not dropped. */
  expectNode?: string
}

// Mixed Chinese and English prose that names other terms, has a URL and a near-misspelling,
// so the matcher, the misspelling check and the concept stage all have work on every sentence.
const SENTENCES = [
  '在Transformer中，多头注意力（Multi-head Attention）让模型同时关注不同位置的信息，',
  '和BatchNorm不同，LayerNorm对每个样本单独做归一化。',
  'LoRA freezes the pretrained weights and trains low-rank matrices, so fine-tuning costs less memory; ',
  '使用DeepSpeed做分布式训练时，batch size 通常可以更大，见https://example.org/deepspeed 。',
  'BPE is a subword tokenization algorithm, and ALiBi adds linear biases to attention scores, unlike Tranformer. ',
  '检索增强生成（RAG）先用DPR检索段落，再交给decoder生成答案，位置编码和激活函数也很重要。',
]
// The same without a clause break: one clause as long as the definition (evidence is cut from clauses).
const ONE_CLAUSE = SENTENCES.map((s) => s.replace(/[，,。；;！!？?]/g, ' '))
// With links, in-page and outside: each is placed in the definition and an in-page address taken out.
const LINKED = SENTENCES.map((s, i) =>
  i % 2 === 0 ? `${s}见[多头注意力](#mha)和[论文](https://example.org/p${i})，` : s,
)

function definitionOf(sentences: readonly string[], length: number): string {
  let text = ''
  for (let i = 0; text.length < length; i++) text += sentences[i % sentences.length]
  return text.slice(0, length)
}

/** The bundled glossary with one long definition added under the last letter, before the notes. */
function longDefinition(sentences: readonly string[]): ScalingCase {
  return {
    n: 25_000,
    expectNode: 'zhuge',
    make(n) {
      const bundled = readFileSync('glossary/glossary.md', 'utf8')
      const notes = bundled.indexOf('\n# ', bundled.indexOf('\n## Z'))
      const content = `${bundled.slice(0, notes)}\n- Zhuge，${definitionOf(sentences, n)}\n${bundled.slice(notes)}`
      const concepts = {
        path: 'glossary/concepts.txt',
        content: readFileSync('glossary/concepts.txt', 'utf8'),
      }
      return { files: [{ path: 'long.md', content }], concepts }
    },
  }
}

// A glossary of three terms, so that what a case adds is most of the work.
const TINY = '# T\n\n## A\n\n- Alpha，阿尔法，一种注意力机制\n- Beta，贝塔，基于Alpha的方法\n'
const row = (n: number, cell: string) => `|${` ${cell} |`.repeat(n)}\n`
const wideTable = (n: number) =>
  `# T\n\n| Term | Definition ${row(n, 'Note')}|${' --- |'.repeat(n + 2)}\n| Alpha | a method ${row(n, 'x')}`

const text = (n: number, make: (n: number) => string): ScalingCase => ({
  n,
  make: (size) => ({ files: [{ path: 'case.md', content: make(size) }] }),
})

/** A long definition, as a reader's glossary may have one. */
export const LONG_DEFINITION_CASES: Record<string, ScalingCase> = {
  'in sentences': longDefinition(SENTENCES),
  'in one clause without punctuation': longDefinition(ONE_CLAUSE),
  'with links': longDefinition(LINKED),
}

/** Inputs a paste can produce. */
export const INPUT_CASES: Record<string, ScalingCase> = {
  'a run of spaces in a definition': text(
    25_000,
    (n) => `${TINY}- Gamma，伽马，开始${' '.repeat(n)}结束 Alpha\n`,
  ),
  'a run of tabs in a definition': text(
    25_000,
    (n) => `${TINY}- Gamma, a method${'\t'.repeat(n)}like Alpha\n`,
  ),
  'a run of spaces in a front-matter title': text(
    50_000,
    (n) => `---\ntitle: a${' '.repeat(n)}b\n---\n\n${TINY}`,
  ),
  'a run of spaces in a bold head': text(
    25_000,
    (n) => `${TINY}\n**Gamma${' '.repeat(n)}Delta**: like Alpha\n`,
  ),
  'a run of spaces in a table cell': text(
    25_000,
    (n) => `| Term | Definition |\n| --- | --- |\n| Alpha | a${' '.repeat(n)}b |\n| Beta | like Alpha |\n`,
  ),
  'one long word in a name': text(10_000, (n) => `${TINY}- ${'ab'.repeat(n / 2)}，伽马，一种方法 Alpha\n`),
  'one long word in a definition': text(
    10_000,
    (n) => `${TINY}- Gamma，伽马，一种 ${'ab'.repeat(n / 2)} 方法\n`,
  ),
  'one long word as a name and in a definition': text(
    10_000,
    (n) => `${TINY}- ${'ab'.repeat(n / 2)}，伽马\n- Delta，德尔塔，见 ${'ab'.repeat(n / 2)}b\n`,
  ),
  'nested bullets under one term': text(
    1_000,
    (n) => `${TINY}- **Gamma**\n${'  - a detail, like Alpha\n    - a finer detail\n'.repeat(n)}`,
  ),
  'lists nested on one line': text(2_000, (n) => `${TINY}${'- '.repeat(n)}Deep，深，一种方法\n`),
  'quotes nested on one line': text(2_000, (n) => `${TINY}\n${'> '.repeat(n)}Deep，深，一种方法\n`),
  'the columns of a table': text(1_250, wideTable),
}

export const SCALING_CASES: Record<string, ScalingCase> = { ...LONG_DEFINITION_CASES, ...INPUT_CASES }
