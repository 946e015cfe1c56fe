/**
 * Times the extraction of the bundled glossary with one long definition added, at two lengths, in a
 * process of its own: lib/extractor/scaling.test.ts runs it so that minutes of computing on a
 * loaded machine never block the test worker (vitest gives up on a worker it cannot reach for 60 s).
 * Prints one JSON line: `{"small": ms, "large": ms}`.
 *
 *   node --import tsx lib/extractor/testing/extraction-times.ts <sentences|one-clause> <n> <ratio>
 *
 * `large` is the definition of 8n characters, `small` of n; the large runs stop early once one is
 * under `ratio` × small (a time that already passes need not be retried).
 */
import { readFileSync } from 'node:fs'
import { extract } from '../extract'

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

const bundled = readFileSync('glossary/glossary.md', 'utf8')
const concepts = { path: 'glossary/concepts.txt', content: readFileSync('glossary/concepts.txt', 'utf8') }

function definitionOf(sentences: readonly string[], length: number): string {
  let text = ''
  for (let i = 0; text.length < length; i++) text += sentences[i % sentences.length]
  return text.slice(0, length)
}

/**
 * Fastest of up to three runs, in ms: the minimum is what the code costs, the rest is a busy
 * machine. Stops early once a run is `enough`.
 */
function extractionTime(sentences: readonly string[], length: number, enough = 0): number {
  // Under the last letter heading, before the notes section (which holds no terms).
  const notes = bundled.indexOf('\n# ', bundled.indexOf('\n## Z'))
  const content = `${bundled.slice(0, notes)}\n- Zhuge，${definitionOf(sentences, length)}\n${bundled.slice(notes)}`
  let best = Infinity
  for (let run = 0; run < 3 && best > enough; run++) {
    const start = performance.now()
    const { graph } = extract({ files: [{ path: 'long.md', content }], concepts })
    best = Math.min(best, performance.now() - start)
    if (!graph?.hasNode('zhuge')) throw new Error('extraction-times: the long entry was not read')
  }
  return best
}

const [mode, n = '25000', ratio = '20'] = process.argv.slice(2)
const sentences = mode === 'one-clause' ? ONE_CLAUSE : SENTENCES
extractionTime(sentences, 1000) // Warm-up: the first runs pay for JIT compilation and jieba's dictionary.
const small = extractionTime(sentences, Number(n))
const large = extractionTime(sentences, 8 * Number(n), small * Number(ratio))
console.log(JSON.stringify({ small, large }))
