import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../diagnostics'
import { parseGlossary } from '../parse'
import { readMarkdown } from './markdown'

const read = (markdown: string) => readMarkdown(markdown, 'g.md')
const terms = (markdown: string) => parseGlossary([{ path: 'g.md', content: markdown }]).terms

describe('callouts belong to no entry', () => {
  it.each([
    ['a GitHub alert', '> [!TIP]\n> Read the terms in order.', 'tip'],
    ['a quote headed by a bold callout word', '> **Note**: attention is quadratic.', 'note'],
    ['a quote headed by a Chinese callout word', '> **注意**：注意力的开销随长度平方增长。', '注意'],
    ['an MkDocs admonition with its body', '!!! warning "Careful"\n    Not used at inference.', 'warning'],
    [
      'an MkDocs admonition with its body after a blank line',
      '!!! note\n\n    Not used at inference.',
      'note',
    ],
    ['a container in one paragraph', ':::tip\nStart from 0.1.\n:::', 'tip'],
    [
      'a container over several paragraphs',
      '::: info\n\nSeveral paragraphs\n\ninside a container.\n\n:::',
      'info',
    ],
  ])('%s', (_name, callout, kind) => {
    const { entries, diagnostics } = read(
      `**Attention**\nWeighs tokens.\n\n${callout}\n\n**Dropout**\nZeroes units.\n`,
    )
    expect(entries.map((e) => [e.head, e.definition])).toEqual([
      ['Attention', 'Weighs tokens.'],
      ['Dropout', 'Zeroes units.'],
    ])
    expect(diagnostics.map(formatDiagnostic)).toContain(`g.md:4: note: skipped ${kind} callout`)
  })

  it('keeps a quote that is no callout in the definition', () => {
    const { entries } = read('**Attention**\nWeighs tokens.\n\n> Quoted from the paper.\n')
    expect(entries.map((e) => e.definition)).toEqual(['Weighs tokens. Quoted from the paper.'])
  })
})

describe('HTML blocks', () => {
  it('reads a <table> glossary, blank lines inside, ids in name cells as anchors', () => {
    const list = terms(
      '<table>\n<tr><th>Term</th><th>Definition</th></tr>\n<tr><td><a name="lora"></a>LoRA</td><td>low-rank <code>adapters</code>, see <a href="#peft">PEFT</a></td></tr>\n\n<tr><td>PEFT</td><td>tuning a few weights<br>only</td></tr>\n</table>\n',
    )
    expect(list.map((t) => [t.label, t.definition, t.anchors, t.source.line])).toEqual([
      ['LoRA', 'low-rank adapters, see PEFT', ['lora'], 3],
      ['PEFT', 'tuning a few weights\nonly', undefined, 5], // <br> starts a new line, as in markdown tables
    ])
    expect(list[0]?.definitionLinks).toEqual([{ start: 23, end: 27, href: '#peft' }])
  })

  it('reads a <dl>: several <dt> over one <dd> are names of one entry', () => {
    const list = terms(
      '<dl>\n<dt id="kv">KV cache</dt>\n<dd>keys and values kept between steps</dd>\n<dt>MQA</dt><dt>Multi-query attention</dt>\n<dd>one key head shared</dd>\n</dl>\n',
    )
    expect(list.map((t) => [t.label, t.definition, t.anchors, t.source.line])).toEqual([
      ['KV cache', 'keys and values kept between steps', ['kv'], 2],
      ['MQA', 'one key head shared', undefined, 4],
    ])
    expect(list[1]?.aliases).toEqual(['MQA', 'Multi-query attention'])
  })

  it('reads each <details> as an entry, its body as markdown or as HTML', () => {
    const list = terms(
      '<details>\n<summary><span id="moe">MoE</span></summary>\n\nA layer of **experts** with a router.\n\n- sparse\n</details>\n\n<details><summary>Router</summary><p>Picks experts per token.</p></details>\n',
    )
    expect(list.map((t) => [t.label, t.definition, t.anchors, t.source.line])).toEqual([
      ['MoE', 'A layer of experts with a router. sparse', ['moe'], 2],
      ['Router', 'Picks experts per token.', undefined, 9],
    ])
  })

  it('still skips other HTML blocks', () => {
    const { diagnostics } = read('<div align="center"><img src="logo.png"></div>\n\n- **A**: one\n')
    expect(diagnostics.map(formatDiagnostic)).toEqual(['g.md:1: note: skipped HTML block'])
  })
})

describe('task lists', () => {
  it('are not entries', () => {
    const { entries, diagnostics } = read(
      '- **A**: one\n- [ ] add more terms\n- [x] fix typos\n- **B**: two\n',
    )
    expect(entries.map((e) => e.head)).toEqual(['A', 'B'])
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'g.md:2: note: skipped task (a to-do, not a term)',
      'g.md:3: note: skipped task (a to-do, not a term)',
    ])
  })
})
