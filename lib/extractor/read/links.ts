/**
 * The links an entry's text holds, in document order, as the reader hands them to the parse
 * stage (RawEntry.links): what the link says and where it points, as written.
 */
import type { Nodes } from 'mdast'
import { normalizeText } from '../prose'
import { inlineText } from './inline-text'

export interface WrittenLink {
  /** The link's visible text, as the definition text gives it. */
  text: string
  /** The address as written: `#relu`, `../ch12.md`, `https://…`. */
  href: string
}

/** Every link under the given nodes, in order (links inside images or with no text are skipped). */
export function linksIn(nodes: readonly Nodes[]): WrittenLink[] {
  const links: WrittenLink[] = []
  const visit = (node: Nodes): void => {
    if (node.type === 'link') {
      const text = normalizeText(inlineText(node.children))
      if (text || node.url) links.push({ text, href: node.url })
      return
    }
    if ('children' in node) for (const child of node.children) visit(child)
  }
  for (const node of nodes) visit(node)
  return links
}
