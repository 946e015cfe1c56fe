/**
 * Glossaries written in HTML blocks: a `<table>` is a table, a `<dl>` a definition list, and
 * `<details><summary>Term</summary>…</details>` one entry. The HTML is parsed with
 * hast-util-from-html and turned into markdown nodes with hast-util-to-mdast, so the readers
 * of the markdown shapes read it; ids in names (`<a name>`, `<span id>`) are kept as anchors.
 * A `<details>` body is markdown as often as HTML, so it is parsed as markdown.
 */
import { fromHtml } from 'hast-util-from-html'
import { defaultHandlers, toMdast, type Handle } from 'hast-util-to-mdast'
import type { Element, ElementContent, RootContent as RootContentHast } from 'hast'
import type { Html, Nodes, PhrasingContent, RootContent } from 'mdast'
import { normalizeText } from '../prose'
import { composeBlocks } from './compose'
import { elementIds, inlineIds, isHtmlTag } from './inline-html'
import { nameText } from './inline-text'
import { linksIn } from './links'
import type { BlockReading, RawEntry, ReadContext } from './raw-entry'
import { readTable } from './table'

/** Read an HTML block in one of the shapes of htmlShape; `parse` reads markdown (a `<details>` body). */
export function readHtmlBlock(
  block: Html,
  context: ReadContext,
  parse: (markdown: string) => RootContent[],
): BlockReading {
  const line = block.position?.start.line ?? 0
  const tree = fromHtml(block.value, { fragment: true })
  const element = tree.children.find((node): node is Element => node.type === 'element')
  if (!element) return { entries: [], diagnostics: [] }
  // Lines inside the block count from the block's first line.
  const at = (node: { position?: { start: { line: number } } }): number =>
    line + (node.position?.start.line ?? 1) - 1
  if (element.tagName === 'table') {
    const table = toMarkdown([element]).find((node) => node.type === 'table')
    if (!table) return { entries: [], diagnostics: [] }
    shiftLines(table, line - 1)
    return readTable(table, context)
  }
  if (element.tagName === 'dl') return { entries: definitionList(element, context, at), diagnostics: [] }
  const summary = element.children.find(
    (node): node is Element => node.type === 'element' && node.tagName === 'summary',
  )
  if (!summary) return { entries: [], diagnostics: [] }
  const body = bodyOf(block.value)
  // A body written in HTML (`<p>…</p>`) is read the way a table's cells are.
  const blocks = parse(body.text).flatMap((node) =>
    node.type === 'html' && !node.value.trim().startsWith('<!--') && !isHtmlTag(node.value)
      ? toMarkdown(fromHtml(node.value, { fragment: true }).children.filter(isContent))
      : [node],
  )
  for (const node of blocks) shiftLines(node, line - 1 + body.line)
  return { entries: [entry('details', at(summary), summary, blocks, context)], diagnostics: [] }
}

/** `<dt>` names (several may share the `<dd>`s after them), `<dd>` definitions. */
function definitionList(dl: Element, context: ReadContext, at: (node: Element) => number): RawEntry[] {
  const groups: Array<{ terms: Element[]; definitions: Element[] }> = []
  for (const node of dl.children) {
    if (node.type !== 'element') continue
    const last = groups[groups.length - 1]
    if (node.tagName === 'dt') {
      if (last && last.definitions.length === 0) last.terms.push(node)
      else groups.push({ terms: [node], definitions: [] })
    } else if (node.tagName === 'dd') last?.definitions.push(node)
  }
  // Several `<dt>` over one definition are names of one entry: the first is its label.
  return groups.flatMap((group) => {
    const [dt, ...others] = group.terms
    if (!dt) return []
    const blocks = toMarkdown(group.definitions.flatMap((dd) => dd.children))
    const read = entry('deflist', at(dt), dt, blocks, context)
    const aliases = others.map((other) => normalizeText(nameText(phrasing(toMarkdown(other.children)))))
    const anchors = [...new Set([...(read.anchors ?? []), ...others.flatMap(elementIds)])]
    const names = { ...read.names, aliases: [...(read.names?.aliases ?? []), ...aliases] }
    return [{ ...read, ...(aliases.length > 0 ? { names } : {}), ...(anchors.length > 0 ? { anchors } : {}) }]
  })
}

function entry(
  shape: 'deflist' | 'details',
  line: number,
  name: Element,
  blocks: readonly Nodes[],
  context: ReadContext,
): RawEntry {
  const nameNodes = phrasing(toMarkdown(name.children))
  const { definition, extra, names } = composeBlocks(blocks)
  const links = linksIn(blocks)
  const anchors = [...new Set([...elementIds(name), ...inlineIds(nameNodes)])]
  return {
    shape,
    line,
    ...(context.section ? { section: context.section } : {}),
    head: normalizeText(nameText(nameNodes)),
    definition,
    ...(extra ? { extra } : {}),
    ...(names ? { names } : {}),
    ...(anchors.length > 0 ? { anchors } : {}),
    ...(links.length > 0 ? { links } : {}),
  }
}

// An `<a>` or `<span>` with an id or name would lose it in markdown: it is kept as a lone tag
// before the element's content, where inlineIds finds it and nameText reads nothing.
const keepIds: Handle = (state, element) => {
  const ids = elementIds(element)
  const marks: PhrasingContent[] = ids.map((id) => ({ type: 'html', value: `<span id="${id}">` }))
  const href = element.properties.href
  const content =
    element.tagName === 'a' && typeof href === 'string'
      ? defaultHandlers.a(state, element)
      : state.all(element)
  return [...marks, ...(Array.isArray(content) ? content : content ? [content] : [])]
}

/** HTML elements → markdown nodes (a fragment: blocks, or phrasing content at the top). */
function toMarkdown(children: readonly ElementContent[]): RootContent[] {
  const tree = toMdast({ type: 'root', children: [...children] }, { handlers: { a: keepIds, span: keepIds } })
  return tree.type === 'root' ? tree.children : []
}

const isContent = (node: RootContentHast): node is ElementContent => node.type !== 'doctype'

/** Phrasing content of a converted name: a paragraph's children, or the nodes themselves. */
function phrasing(nodes: readonly RootContent[]): PhrasingContent[] {
  return nodes.flatMap((node): PhrasingContent[] => {
    if (node.type === 'paragraph') return node.children
    return isPhrasingNode(node) ? [node] : []
  })
}

const isPhrasingNode = (node: RootContent): node is PhrasingContent =>
  ['text', 'inlineCode', 'emphasis', 'strong', 'delete', 'link', 'html', 'break'].includes(node.type)

/** The markdown inside `<details>` after its `<summary>`, and the line (from 0) it starts on. */
function bodyOf(html: string): { text: string; line: number } {
  const open = /<\/summary\s*>/i.exec(html)
  const from = open ? open.index + open[0].length : 0
  const close = /<\/details\s*>\s*$/i.exec(html)
  const to = close ? close.index : html.length
  return { text: html.slice(from, to), line: html.slice(0, from).split('\n').length - 1 }
}

/** Moves a node's lines (and its children's) down by `by`, for text parsed apart from the file. */
function shiftLines(node: Nodes, by: number): void {
  if (node.position) {
    node.position.start.line += by
    node.position.end.line += by
  }
  if ('children' in node) for (const child of node.children) shiftLines(child, by)
}
