/**
 * Markdown (mdast) → plain text as a reader of the rendered page sees it: emphasis and code
 * unwrapped, links keep their address, soft line breaks joined the way the language wants.
 */
import type { Nodes, PhrasingContent } from 'mdast'
import { hasHan } from '../../format/text'
import { isBreakTag, isHtmlTag } from './inline-html'

// Inline HTML tags that only format text: they are dropped and their content kept.
// Any other HTML (<img …>, <script>) is kept as literal characters: nothing is lost, nothing runs.
const FORMATTING_TAG = /^<\/?(b|i|em|strong|u|s|sub|sup|small|mark|span|code|kbd|br)(\s[^>]*)?\/?>$/i

/** Plain text of a block (paragraph, list item, table cell…), nested lists excluded. */
export function blockText(node: Nodes): string {
  if ('children' in node && node.type !== 'list') {
    return node.children.map((child) => (isPhrasing(child) ? inlineText([child]) : blockText(child))).join('')
  }
  return 'value' in node && typeof node.value === 'string' ? node.value : ''
}

function isPhrasing(node: Nodes): node is PhrasingContent {
  return [
    'text',
    'inlineCode',
    'emphasis',
    'strong',
    'delete',
    'link',
    'linkReference',
    'image',
    'imageReference',
    'html',
    'break',
    'footnoteReference',
  ].includes(node.type)
}

/**
 * The text of a name: like `inlineText`, except that a link gives only its text. A name is
 * what the link says (`[LoRA](https://…)` is LoRA), never its address.
 */
export function nameText(nodes: readonly PhrasingContent[]): string {
  return nodes.map(nameNodeText).join('')
}

function nameNodeText(node: PhrasingContent): string {
  if (node.type === 'link' || node.type === 'strong' || node.type === 'emphasis' || node.type === 'delete')
    return nameText(node.children)
  // A tag in a name (`<a name="relu"></a>`, `<code>`) is markup: only its text is the name.
  if (node.type === 'html' && isHtmlTag(node.value)) return isBreakTag(node.value) ? ' ' : ''
  return phrasingText(node)
}

/** Plain text of inline content, as a reader of the rendered markdown would see it. */
export function inlineText(nodes: readonly PhrasingContent[]): string {
  return nodes.map(phrasingText).join('')
}

function phrasingText(node: PhrasingContent): string {
  switch (node.type) {
    case 'text':
      return joinSoftBreaks(node.value)
    case 'inlineCode':
      return node.value
    case 'break':
      return ' '
    case 'html':
      return FORMATTING_TAG.test(node.value.trim()) ? '' : node.value
    case 'image':
      return node.alt ?? ''
    case 'link': {
      // Keep the address: a link's target is part of what the glossary says.
      const text = inlineText(node.children)
      return text && text !== node.url ? `${text}（${node.url}）` : node.url
    }
    case 'emphasis':
    case 'strong':
    case 'delete':
    case 'linkReference':
      return inlineText(node.children)
    default:
      return ''
  }
}

/** A line break inside a paragraph: nothing next to Chinese text, a space between Latin words. */
export function joinSoftBreaks(text: string): string {
  return text.replace(/[ \t]*\n[ \t]*/g, (match: string, offset: number, whole: string) => {
    const around = whole.charAt(offset - 1) + whole.charAt(offset + match.length)
    return hasHan(around) || /[，。；：、（）]/.test(around) ? '' : ' '
  })
}
