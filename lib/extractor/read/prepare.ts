/**
 * The document's top-level blocks made ready for the readers, for two things renderers add
 * that CommonMark splits across blocks:
 *  - admonitions and callouts (`> [!TIP]`, `> **Note**：…`, MkDocs `!!! note` with its indented
 *    body, `:::tip … :::` containers) become one quote marked as a callout, which belongs to no
 *    entry's definition (skipReason notes it);
 *  - an HTML `<table>`, `<dl>` or `<details>` written over blank lines becomes one `html` block
 *    holding its whole source, so html-blocks.ts reads it as the shape it is.
 */
import type { Blockquote, Html, Paragraph, Root, RootContent } from 'mdast'
import { normalizeText } from '../prose'
import { blockText } from './inline-text'
import { htmlShape } from './run'

declare module 'mdast' {
  interface BlockquoteData {
    /** The kind of callout the quote is (`note`, `tip`, `注意`): not part of any entry. */
    callout?: string
  }
}

// Words callouts are headed by, in the syntaxes above (GitHub, Obsidian, MkDocs, Docusaurus).
const CALLOUT_WORD =
  /^(?:note|notes|tip|tips|hint|info|important|warning|caution|danger|attention|abstract|summary|success|question|failure|bug|example|quote|todo|注意|提示|注|警告|小贴士|贴士|重要|技巧|说明|备注)$/i

/** `[!NOTE]`, `[!tip]-` (Obsidian folds), with or without a title after it. */
const ALERT = /^\[!([A-Za-z]+)\][+-]?/
/** `!!! note`, `??? tip "Title"`, `???+ warning`. */
const MKDOCS = /^(?:!!!|\?\?\?\+?)\s*([A-Za-z]+)/
/** `:::tip`, `::: warning Title`. */
const CONTAINER_OPEN = /^:::\s*([A-Za-z]+)/

/** The blocks of `root`, callouts grouped and marked, HTML shapes joined; `source` is the file's text. */
export function prepareBlocks(root: Root, source: string): RootContent[] {
  const out: RootContent[] = []
  const blocks = root.children
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]
    if (!block) continue
    const span = calloutSpan(blocks, i) ?? htmlSpan(blocks, i, source)
    if (span) {
      out.push(span.node)
      i = span.end - 1
    } else out.push(block)
  }
  return out
}

interface Span {
  node: RootContent
  /** Index just past the last block the span took. */
  end: number
}

function calloutSpan(blocks: readonly RootContent[], i: number): Span | undefined {
  const block = blocks[i]
  if (block?.type === 'blockquote') {
    const kind = quoteCallout(block)
    return kind ? { node: { ...block, data: { ...block.data, callout: kind } }, end: i + 1 } : undefined
  }
  if (block?.type !== 'paragraph') return undefined
  const lines = paragraphText(block).split('\n')
  const first = lines[0] ?? ''
  const mkdocs = MKDOCS.exec(first)
  if (mkdocs?.[1]) {
    // The body is indented under the marker: a code block when a blank line comes first.
    const end = blocks[i + 1]?.type === 'code' ? i + 2 : i + 1
    return { node: callout(blocks.slice(i, end), mkdocs[1]), end }
  }
  const container = CONTAINER_OPEN.exec(first)
  if (!container?.[1]) return undefined
  if (lines.length > 1 && lines[lines.length - 1]?.trim() === ':::')
    return { node: callout([block], container[1]), end: i + 1 }
  for (let j = i + 1; j < blocks.length; j++) {
    const next = blocks[j]
    // A heading or another opener first: this one is never closed, and is no callout.
    if (next?.type === 'heading') break
    if (next?.type !== 'paragraph') continue
    const lines = paragraphText(next).split('\n')
    if (lines.at(-1)?.trim() === ':::')
      return { node: callout(blocks.slice(i, j + 1), container[1]), end: j + 1 }
    if (CONTAINER_OPEN.test(lines[0] ?? '')) break
  }
  return undefined
}

/** The callout word a quote opens with (`> [!TIP]`, `> **注意**：…`), if any. */
function quoteCallout(quote: Blockquote): string | undefined {
  const first = quote.children[0]
  if (first?.type !== 'paragraph') return undefined
  const alert = ALERT.exec(paragraphText(first))
  if (alert?.[1]) return alert[1].toLowerCase()
  const lead = first.children[0]
  if (lead?.type !== 'strong') return undefined
  const word = normalizeText(blockText(lead)).replace(/[:：]$/, '')
  return CALLOUT_WORD.test(word) ? word.toLowerCase() : undefined
}

/** Blocks grouped into one quote marked as a callout, at their place in the file. */
function callout(blocks: readonly RootContent[], kind: string): Blockquote {
  const first = blocks[0]
  const last = blocks[blocks.length - 1]
  const start = first?.position?.start
  const end = last?.position?.end
  return {
    type: 'blockquote',
    children: [],
    data: { callout: kind.toLowerCase() },
    ...(start && end ? { position: { start, end } } : {}),
  }
}

/** The paragraph's text as written, lines kept: the markers above are read line by line. */
const paragraphText = (paragraph: Paragraph): string =>
  paragraph.children.map((node) => (node.type === 'text' ? node.value : blockText(node))).join('')

function htmlSpan(blocks: readonly RootContent[], i: number, source: string): Span | undefined {
  const block = blocks[i]
  if (block?.type !== 'html') return undefined
  const shape = htmlShape(block)
  if (!shape) return undefined
  const tag = shape === 'deflist' ? 'dl' : shape
  const close = new RegExp(`</${tag}\\s*>`, 'i')
  if (close.test(block.value)) return undefined
  const from = block.position?.start.offset
  for (let j = i + 1; j < blocks.length; j++) {
    const next = blocks[j]
    const start = next?.position?.start
    const end = next?.position?.end
    if (from === undefined || !start || !end || next?.type === 'heading') return undefined
    // Each block's own text is searched once, so a long unclosed block stays linear.
    if (close.test(source.slice(start.offset, end.offset))) {
      const begin = block.position?.start
      const value = source.slice(from, end.offset)
      const node: Html = { type: 'html', value, ...(begin ? { position: { start: begin, end } } : {}) }
      return { node, end: j + 1 }
    }
  }
  return undefined
}
