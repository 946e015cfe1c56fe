/**
 * Inline HTML in glossary names: `<a name="relu"></a>`, `<span id="attn">注意力</span>`,
 * `<code>`, `<br>`. Remark hands each tag over as a raw `html` node; these helpers say what a
 * reader sees of it (nothing, or a space for `<br>`) and which ids it gives the page, parsed
 * with hast-util-from-html rather than by pattern, so quoting and entities are read right.
 */
import { fromHtml } from 'hast-util-from-html'
import type { Element, Nodes as HastNodes } from 'hast'
import type { PhrasingContent } from 'mdast'

/** One tag, opening, closing or self-closing: `<span id="a">`, `</span>`, `<br/>`. */
const TAG = /^<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>$/

/** True when a raw `html` node is a single tag (not a comment, not text with tags around it). */
export const isHtmlTag = (value: string): boolean => TAG.test(value.trim())

/** A line break tag: a space between the words it separates. */
export const isBreakTag = (value: string): boolean => /^<br\s*\/?>$/i.test(value.trim())

/** The ids an HTML fragment gives the page: every `id`, and the `name` of an `<a>`. */
function htmlIds(html: string): string[] {
  const ids: string[] = []
  const visit = (node: HastNodes): void => {
    if (node.type === 'element') {
      for (const id of elementIds(node)) if (!ids.includes(id)) ids.push(id)
    }
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(fromHtml(html, { fragment: true }))
  return ids
}

/** The ids one element gives the page: its `id`, and the `name` of an `<a>`. */
export function elementIds(element: Element): string[] {
  const { id, name } = element.properties
  return [
    typeof id === 'string' ? id : undefined,
    element.tagName === 'a' && typeof name === 'string' ? name : undefined,
  ].filter((value): value is string => value !== undefined && value.trim() !== '')
}

/** Ids in the inline HTML of a line (its tags, at any depth of emphasis or link). */
export function inlineIds(nodes: readonly PhrasingContent[]): string[] {
  const ids: string[] = []
  for (const node of nodes) {
    const found =
      node.type === 'html' ? htmlIds(node.value) : 'children' in node ? inlineIds(node.children) : []
    for (const id of found) if (!ids.includes(id)) ids.push(id)
  }
  return ids
}
