/**
 * Markdown → raw glossary entries. Parses with remark (mdast), so continuation lines,
 * inline code, emphasis, links and inline HTML become the right plain text, and nested
 * lists stay inside their parent entry instead of becoming entries of their own.
 */
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import type { Heading, List, ListItem, Root } from 'mdast'
import { normalizeText } from '../text'
import { blockText, inlineText } from './inline-text'

/** One bullet of the glossary, still as one line of text. */
export interface RawEntry {
  text: string
  line: number
  /** The letter heading above the entry ("A"), if any. */
  section?: string
}

export interface ParsedMarkdown {
  /** The document's first top-level heading ("大模型专业术语对照"). */
  title?: string
  entries: RawEntry[]
}

// Headings that open a part of the document without terms: notes, references, appendices.
const NON_TERM_SECTION = /^(注释|注|参考|参考文献|参考资料|附录|说明|notes?|references?|appendix|see also)$/i

/** Parse one glossary file. */
export function parseMarkdown(markdown: string): ParsedMarkdown {
  const root: Root = unified().use(remarkParse).parse(markdown)
  const entries: RawEntry[] = []
  let title: string | undefined
  let section: string | undefined
  let inTermSection = true

  for (const node of root.children) {
    if (node.type === 'heading') {
      const text = normalizeText(inlineText(node.children))
      if (node.depth === 1 && title === undefined) title = text
      inTermSection = !NON_TERM_SECTION.test(text)
      section = sectionLetter(node, text)
    } else if (node.type === 'list' && inTermSection) {
      for (const item of node.children) {
        const entry = listItemEntry(item, section)
        if (entry) entries.push(entry)
      }
    }
  }
  return { title, entries }
}

function sectionLetter(heading: Heading, text: string): string | undefined {
  return heading.depth > 1 && /^[A-Za-z]$/.test(text) ? text.toUpperCase() : undefined
}

function listItemEntry(item: ListItem, section: string | undefined): RawEntry | undefined {
  const line = item.position?.start.line ?? 0
  const parts: string[] = []
  for (const child of item.children) {
    if (child.type === 'list') parts.push(...nestedListText(child))
    else parts.push(blockText(child))
  }
  const text = normalizeText(parts.filter(Boolean).join('；'))
  // An empty bullet ("- ") is a placeholder in the glossary, not an entry.
  return text ? { text, line, section } : undefined
}

/** Nested bullets are details of their parent entry: they join its definition. */
function nestedListText(list: List): string[] {
  return list.children.flatMap((item) =>
    item.children.flatMap((child) => (child.type === 'list' ? nestedListText(child) : [blockText(child)])),
  )
}
