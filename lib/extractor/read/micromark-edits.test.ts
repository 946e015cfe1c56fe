import { readdirSync, readFileSync } from 'node:fs'
import { EditMap } from 'micromark-util-edit-map'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkFrontmatter from 'remark-frontmatter'
import { afterEach, describe, expect, it } from 'vitest'
import { consumeFromFirstEdit, originalConsume } from './micromark-edits'

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml'])
const SHAPES = 'lib/__fixtures__/shapes'

/** Markdown that makes micromark edit its events: nested containers closing, lazy lines, tables. */
const EDITED: Array<[string, string]> = [
  ['nested bullets', '- Alpha\n  - a detail\n- Beta\n  - another\n    - deeper\n- Gamma\n'],
  ['markers on one line', '- - - x\n- - y\n> - > z\n1. - 2) w\n'],
  ['lazy lines', '> - Alpha is\ncontinued lazily\n- Beta\n  > quoted\nlazy again\n\n- Gamma\n'],
  ['a table in a list', '- Terms:\n\n  | a | b |\n  | - | - |\n  | c | d |\n- next\n'],
  ['setext and emphasis', 'Title\n===\n\n*a **b** c* and [x](y)\n\n- item\n  ---\n'],
  ['footnotes', 'A[^1] and B[^2]\n\n[^1]: one\n    - nested\n[^2]: two\n'],
]

const FILES: Array<[string, string]> = [
  ['glossary/glossary.md', readFileSync('glossary/glossary.md', 'utf8')],
  ...readdirSync(SHAPES)
    .filter((name) => name.endsWith('.md'))
    .map((name): [string, string] => [name, readFileSync(`${SHAPES}/${name}`, 'utf8')]),
]

describe('consumeFromFirstEdit', () => {
  afterEach(() => {
    EditMap.prototype.consume = consumeFromFirstEdit
  })

  it('is what micromark’s own tokenizers call (they share the module)', () => {
    expect(EditMap.prototype.consume).toBe(consumeFromFirstEdit)
    let calls = 0
    EditMap.prototype.consume = function (events) {
      calls++
      return consumeFromFirstEdit.call(this, events)
    }
    parser.parse('- Alpha\n  - a detail\n- Beta\n')
    expect(calls).toBeGreaterThan(0)
  })

  it.each([...EDITED, ...FILES])('parses %s to the same tree as micromark’s own', (_name, markdown) => {
    EditMap.prototype.consume = originalConsume
    const expected = parser.parse(markdown)
    EditMap.prototype.consume = consumeFromFirstEdit
    expect(parser.parse(markdown)).toEqual(expected)
  })
})
