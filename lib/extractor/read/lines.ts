/**
 * A paragraph as lines. Glossaries put one entry per line inside one paragraph
 * (`**Term**` then the definition on the next line, `Term` then `: definition`), and remark
 * keeps those soft breaks inside text nodes: this splits them back into lines of inline nodes.
 */
import type { Paragraph, PhrasingContent } from 'mdast'
import { normalizeText } from '../prose'
import { inlineText, joinSoftBreaks } from './inline-text'

export interface Line {
  /** Inline nodes of the line, a text node split at its line breaks. */
  nodes: PhrasingContent[]
  /** 1-based line in the file. */
  line: number
}

/** The lines of a paragraph, empty ones dropped. */
export function paragraphLines(paragraph: Paragraph): Line[] {
  const first = paragraph.position?.start.line ?? 0
  const lines: Line[] = [{ nodes: [], line: first }]
  const newLine = () => {
    const last = lines[lines.length - 1]
    lines.push({ nodes: [], line: (last?.line ?? first) + 1 })
  }
  for (const node of paragraph.children) {
    if (node.type === 'break') {
      newLine()
    } else if (node.type === 'text' && node.value.includes('\n')) {
      node.value.split('\n').forEach((piece, i) => {
        if (i > 0) newLine()
        if (piece) lines[lines.length - 1]?.nodes.push({ type: 'text', value: piece })
      })
    } else {
      lines[lines.length - 1]?.nodes.push(node)
    }
  }
  return lines.filter((l) => lineText(l.nodes) !== '')
}

/** Plain text of one line (links keep their address, as in definitions). */
export const lineText = (nodes: readonly PhrasingContent[]): string => normalizeText(inlineText(nodes))

/** Lines of text joined the way their soft breaks would have been: no space between Chinese. */
export const joinLines = (texts: readonly string[]): string =>
  normalizeText(joinSoftBreaks(texts.filter(Boolean).join('\n')))
