/**
 * Where a term's name ends and its definition starts on one line: `**Term**: definition`,
 * `[Term](url) — definition`, `**Term**` alone, or plain `Term：definition` / `Term - definition`.
 */
import type { PhrasingContent } from 'mdast'
import { normalizeText } from '../prose'
import { inlineIds, isHtmlTag } from './inline-html'
import { inlineText, nameText } from './inline-text'

export interface HeadSplit {
  /** The names, as plain text (a link gives its text only). */
  head: string
  /** What follows the separator on the same line; empty when the name stands alone. */
  rest: string
  /** Ids inline HTML around or in the name gives it (`<a name="relu"></a>**ReLU**`). */
  anchors?: string[]
}

/** A separator right after a bold or linked name: colon, dash, em dash (or nothing). */
const LEAD_SEPARATOR = /^\s*(?:[:：]|[—–]+|-{1,2}(?=\s))\s*/

/**
 * Separators in a plain line, strongest first: a colon (`：`, `: `), then a spaced dash or an
 * em dash. A colon wins because dashes also sit between names: `GPU - 图形处理器: definition`.
 */
const PLAIN_SEPARATORS = [/：|:\s/, /\s[-–—]\s|—+/]

/** A name is short and has no clause punctuation; longer text is a sentence. */
export function isNameLike(text: string): boolean {
  return (
    text.length > 0 && text.length <= 60 && !/[，,。；;！？!?]/.test(text) && text.split(/\s+/).length <= 8
  )
}

/**
 * A line that starts with a bold or linked name, followed by a separator or nothing.
 * Undefined otherwise: `**注意**这里…` is emphasis in a sentence, not a term.
 */
export function leadingName(nodes: readonly PhrasingContent[]): HeadSplit | undefined {
  const start = leadIndex(nodes)
  const lead = nodes[start]
  if (!lead || (lead.type !== 'strong' && lead.type !== 'link')) return undefined
  const written = normalizeText(nameText(lead.children))
  // `**Term:** definition` and `**Term.** Definition` put the separator inside the bold.
  const head = written.replace(/\s*[:：.]$/, '')
  if (!head || head.length > 80) return undefined
  const restText = normalizeText(inlineText(nodes.slice(start + 1)))
  const separator = LEAD_SEPARATOR.exec(restText)
  if (restText && !separator && head === written) return undefined
  const anchors = inlineIds(nodes.slice(0, start + 1))
  return {
    head,
    rest: separator ? restText.slice(separator[0].length) : restText,
    ...(anchors.length > 0 ? { anchors } : {}),
  }
}

/**
 * Where a line's first word-bearing node is: white space and HTML tags before it are skipped,
 * since an anchor before a name (`<a name="relu"></a>**ReLU**`) only marks the place.
 */
export const leadIndex = (nodes: readonly PhrasingContent[]): number =>
  nodes.findIndex(
    (n) => !(n.type === 'text' && n.value.trim() === '') && !(n.type === 'html' && isHtmlTag(n.value)),
  )

/** `Term：definition`, `Term: definition`, `Term - definition`, when the part before is a name. */
export function plainSplit(text: string): HeadSplit | undefined {
  for (const pattern of PLAIN_SEPARATORS) {
    const separator = pattern.exec(text)
    const head = separator ? text.slice(0, separator.index).trim() : ''
    if (separator && isNameLike(head))
      return { head, rest: text.slice(separator.index + separator[0].length).trim() }
  }
  return undefined
}
