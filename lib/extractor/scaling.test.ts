/**
 * Extraction time must grow linearly with a definition's length. Measures scaling, not an
 * absolute time: extraction with a definition of 8N characters against one of N, at most
 * 8 times slower when linear and up to 64 times when some stage is quadratic.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
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

function definitionOf(sentences: readonly string[], length: number): string {
  let text = ''
  for (let i = 0; text.length < length; i++) text += sentences[i % sentences.length]
  return text.slice(0, length)
}

/**
 * Lets the worker's event loop run. Vitest's worker gives up on a message to the runner after 60 s
 * without an answer, and cannot read the answer while a test computes: on a loaded machine this
 * test's runs, back to back, took longer than that. Each run alone stays well below it.
 */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * Fastest of up to three runs, in ms: the minimum is what the code costs, the rest is a busy
 * machine. Stops early once a run is `enough`: no need to retry a time that already passes.
 */
async function extractionTime(sentences: readonly string[], length: number, enough = 0): Promise<number> {
  // Under the last letter heading, before the notes section (which holds no terms).
  const notes = bundled.indexOf('\n# ', bundled.indexOf('\n## Z'))
  const content = `${bundled.slice(0, notes)}\n- Zhuge，${definitionOf(sentences, length)}\n${bundled.slice(notes)}`
  let best = Infinity
  for (let run = 0; run < 3 && best > enough; run++) {
    await breathe()
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
  ])('costs time linear in its length, %s', { timeout: 600_000 }, async (_case, sentences) => {
    const n = 25_000
    await extractionTime(sentences, 1000) // Warm-up: the first runs pay for JIT compilation and jieba's dictionary.
    const small = await extractionTime(sentences, n)
    const large = await extractionTime(sentences, 8 * n, small * MAX_RATIO)
    expect(large / small).toBeLessThan(MAX_RATIO)
  })
})
