/**
 * Extraction time must grow linearly with a definition's length, and with every other
 * dimension of the input: runs of spaces, word length, nesting, columns. Measures scaling,
 * not an absolute time: extraction of an input of size 8N against one of N, at most 8 times
 * slower when linear and up to 64 times when some stage is quadratic.
 */
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { extract } from './extract'

const bundled = readFileSync('glossary/glossary.md', 'utf8')
const concepts = { path: 'glossary/concepts.txt', content: readFileSync('glossary/concepts.txt', 'utf8') }

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

/**
 * Fastest of up to three runs, in ms: the minimum is what the code costs, the rest is a busy
 * machine. Stops early once a run is `enough`: no need to retry a time that already passes.
 * Yields before each run, so that the test runner hears from the worker between long runs.
 */
async function extractionTime(sentences: readonly string[], length: number, enough = 0): Promise<number> {
  // Under the last letter heading, before the notes section (which holds no terms).
  const notes = bundled.indexOf('\n# ', bundled.indexOf('\n## Z'))
  const content = `${bundled.slice(0, notes)}\n- Zhuge，${definitionOf(sentences, length)}\n${bundled.slice(notes)}`
  let best = Infinity
  for (let run = 0; run < 3 && best > enough; run++) {
    await new Promise((resolve) => setImmediate(resolve))
    const start = performance.now()
    const { graph } = extract({ files: [{ path: 'long.md', content }], concepts })
    best = Math.min(best, performance.now() - start)
    expect(graph?.hasNode('zhuge')).toBe(true)
  }
  return best
}

// Linear is at most 8, quadratic up to 64; 20 leaves room for noise without letting a quadratic stage pass.
const MAX_RATIO = 20

describe('a long definition', () => {
  // The ratio of whole extraction times, fixed costs included: they only pull a linear ratio
  // further below 8, while at 200,000 characters a quadratic stage costs minutes and dominates.
  it.each([
    ['in sentences', SENTENCES],
    ['in one clause without punctuation', ONE_CLAUSE],
    ['with links', LINKED],
  ])('costs time linear in its length, %s', { timeout: 180_000 }, async (_case, sentences) => {
    const n = 25_000
    await extractionTime(sentences, 1000) // Warm-up: the first runs pay for JIT compilation and jieba's dictionary.
    const small = await extractionTime(sentences, n)
    const large = await extractionTime(sentences, 8 * n, small * MAX_RATIO)
    expect(large / small).toBeLessThan(MAX_RATIO)
  })
})

// A glossary of three terms, so that what a case adds is most of the work.
const TINY = '# T\n\n## A\n\n- Alpha，阿尔法，一种注意力机制\n- Beta，贝塔，基于Alpha的方法\n'
const row = (n: number, cell: string) => `|${` ${cell} |`.repeat(n)}\n`
const wideTable = (n: number) =>
  `# T\n\n| Term | Definition ${row(n, 'Note')}|${' --- |'.repeat(n + 2)}\n| Alpha | a method ${row(n, 'x')}`

/**
 * Inputs a paste can produce, each growing in one dimension: `make(n)` is the glossary text.
 * The larger size (8n) is one at which the quadratic code these cases were found in took
 * a minute or more (or crashed), twenty times the fixed cost of an extraction at least.
 */
const DIMENSIONS: Array<[string, (n: number) => string, number]> = [
  [
    'a run of spaces in a definition',
    (n) => `${TINY}- Gamma，伽马，开始${' '.repeat(n)}结束 Alpha\n`,
    25_000,
  ],
  ['a run of tabs in a definition', (n) => `${TINY}- Gamma, a method${'\t'.repeat(n)}like Alpha\n`, 25_000],
  [
    'a run of spaces in a front-matter title',
    (n) => `---\ntitle: a${' '.repeat(n)}b\n---\n\n${TINY}`,
    50_000,
  ],
  ['a run of spaces in a bold head', (n) => `${TINY}\n**Gamma${' '.repeat(n)}Delta**: like Alpha\n`, 25_000],
  [
    'a run of spaces in a table cell',
    (n) => `| Term | Definition |\n| --- | --- |\n| Alpha | a${' '.repeat(n)}b |\n| Beta | like Alpha |\n`,
    25_000,
  ],
  ['one long word in a name', (n) => `${TINY}- ${'ab'.repeat(n / 2)}，伽马，一种方法 Alpha\n`, 10_000],
  ['one long word in a definition', (n) => `${TINY}- Gamma，伽马，一种 ${'ab'.repeat(n / 2)} 方法\n`, 10_000],
  [
    'one long word as a name and in a definition',
    (n) => `${TINY}- ${'ab'.repeat(n / 2)}，伽马\n- Delta，德尔塔，见 ${'ab'.repeat(n / 2)}b\n`,
    10_000,
  ],
  [
    'nested bullets under one term',
    (n) => `${TINY}- **Gamma**\n${'  - a detail, like Alpha\n    - a finer detail\n'.repeat(n)}`,
    1_000,
  ],
  ['lists nested on one line', (n) => `${TINY}${'- '.repeat(n)}Deep，深，一种方法\n`, 2_000],
  ['quotes nested on one line', (n) => `${TINY}\n${'> '.repeat(n)}Deep，深，一种方法\n`, 2_000],
  ['the columns of a table', wideTable, 1_250],
]

describe('every dimension of the input', () => {
  // Whole extractions, fixed costs included, as above; the first pays for JIT and jieba.
  beforeAll(() => {
    extract({ files: [{ path: 'warm-up.md', content: TINY }] })
  }, 120_000)

  // One extraction of each size, and up to two more of each only if the ratio fails: each
  // extraction keeps some 100 MB of jieba's native memory until the worker ends.
  it.each(DIMENSIONS)('costs time linear in %s', { timeout: 300_000 }, async (_case, make, n) => {
    let [small, large] = [Infinity, Infinity]
    for (let run = 0; run < 3 && !(large / small < MAX_RATIO); run++) {
      small = Math.min(small, await cpuTimeOf(make(n)))
      large = Math.min(large, await cpuTimeOf(make(8 * n)))
    }
    expect(large / small).toBeLessThan(MAX_RATIO)
  })
})

/**
 * CPU time of one extraction of one file, in ms: on a machine shared with other builds the
 * clock also counts the time spent waiting for a core. Yields first, so that the test runner
 * hears from the worker between long extractions.
 */
async function cpuTimeOf(content: string): Promise<number> {
  await new Promise((resolve) => setImmediate(resolve))
  const start = process.cpuUsage()
  extract({ files: [{ path: 'case.md', content }] })
  const { user, system } = process.cpuUsage(start)
  return (user + system) / 1000
}
