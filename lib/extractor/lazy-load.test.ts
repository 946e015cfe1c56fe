import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'

// Each glossary (given on stdin) is extracted in a fresh process, which then lists the CommonJS modules it loaded:
// what a glossary does not need must not be loaded (start-up time is most of a small run).
const tsx = pathToFileURL(resolve('node_modules/tsx/dist/loader.mjs')).href
const extractUrl = pathToFileURL(resolve('lib/extractor/extract.ts')).href
const SCRIPT = `
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
const { extract } = await import(${JSON.stringify(extractUrl)})
const result = extract({ files: [{ path: 'g.md', content: readFileSync(0, 'utf8') }] })
const loaded = Object.keys(createRequire(process.cwd() + '/').cache)
console.log(JSON.stringify({ terms: result.graph?.order ?? 0, loaded }))
`

function modulesLoadedFor(glossary: string): { terms: number; loaded: string[] } {
  const child = spawnSync(process.execPath, ['--import', tsx, '--input-type=module', '-e', SCRIPT], {
    input: glossary,
    encoding: 'utf8',
  })
  expect(child.status, child.stderr).toBe(0)
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}')
}

const JIEBA = '/@node-rs/jieba/'
const WINK_MODEL = '/wink-eng-lite-web-model/dist/model.js'

describe('what a glossary loads', () => {
  it.each([
    [
      'English only: no Chinese segmenter',
      `# Terms
- Dropout, a regularization method that zeroes random activations during training
- Weight Decay, a regularization method that shrinks weights toward zero
- Batch Norm, a normalization layer that rescales activations per batch
`,
      { [JIEBA]: false, [WINK_MODEL]: true },
    ],
    [
      'Chinese only: no English model',
      `# 术语
- 丢弃法，一种正则化方法，训练时随机置零部分激活
- 权重衰减，一种正则化方法，把权重推向零
- 批归一化，一种归一化层，按批次重新缩放激活
`,
      { [JIEBA]: true, [WINK_MODEL]: false },
    ],
  ])('%s', (_name, glossary, expected) => {
    const { terms, loaded } = modulesLoadedFor(glossary)
    expect(terms).toBeGreaterThan(0)
    for (const [module, wanted] of Object.entries(expected)) {
      expect(
        loaded.some((path) => path.includes(module)),
        `${module} loaded`,
      ).toBe(wanted)
    }
  })
})
