/**
 * Readers that take a run of blocks (a bold term and the paragraphs after it, a definition
 * list over several paragraphs) say where the run ended.
 */
import type { Html, Nodes } from 'mdast'
import type { Diagnostic } from '../diagnostics'
import type { BlockReading, ReadContext } from './raw-entry'

export interface RunReading extends BlockReading {
  /** Index of the first block after the run. */
  next: number
}

/** A `note` diagnostic at the block's line. */
export function note(block: Nodes, context: ReadContext, message: string): Diagnostic {
  return noteAt(block.position?.start.line ?? 0, context, message)
}

/** A `note` diagnostic at a line. */
export function noteAt(line: number, context: ReadContext, message: string): Diagnostic {
  return { severity: 'note', source: { file: context.file, line }, message }
}

const FRONT_MATTER: ReadonlySet<string> = new Set(['yaml', 'toml'])

/** The glossary shape an HTML block is written in (html-blocks.ts reads it), if it is one. */
export function htmlShape(block: Html): 'table' | 'deflist' | 'details' | undefined {
  const tag = /^<(table|dl|details)[\s>]/i.exec(block.value.trim())?.[1]?.toLowerCase()
  return tag === 'dl' ? 'deflist' : tag === 'table' || tag === 'details' ? tag : undefined
}

/** Why a block that is never part of an entry was skipped, or undefined for blocks that may be. */
export function skipReason(block: Nodes): string | undefined {
  // remark-frontmatter's `toml` node has no mdast type of its own, hence the set.
  if (FRONT_MATTER.has(block.type)) return 'skipped front matter'
  switch (block.type) {
    case 'code':
      return 'skipped code block'
    case 'html':
      if (htmlShape(block)) return undefined
      return block.value.trim().startsWith('<!--') ? 'skipped HTML comment' : 'skipped HTML block'
    case 'definition':
      return 'skipped link reference definition'
    case 'footnoteDefinition':
      return 'skipped footnote'
    case 'blockquote':
      return block.data?.callout ? `skipped ${block.data.callout} callout` : undefined
    case 'paragraph':
      // A picture on its own line illustrates; its alt text is no part of a definition.
      return block.children.every(
        (n) => n.type === 'image' || n.type === 'imageReference' || (n.type === 'text' && !n.value.trim()),
      ) && block.children.some((n) => n.type === 'image' || n.type === 'imageReference')
        ? 'skipped image'
        : undefined
    default:
      return undefined
  }
}
