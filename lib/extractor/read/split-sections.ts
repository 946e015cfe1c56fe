/**
 * A document as sections: each heading with the blocks up to the next heading of any level.
 * The blocks before the first heading form a section of depth 0.
 */
import type { Heading, Root, RootContent } from 'mdast'
import { normalizeText } from '../prose'
import { nameText } from './inline-text'

export interface Section {
  heading?: Heading
  /** 1–6 for a heading, 0 for the text before the first heading. */
  depth: number
  /** The heading as plain text (a link gives its text). */
  text: string
  /** The section's own blocks, up to the next heading of any level. */
  blocks: RootContent[]
}

export function splitSections(root: Root): Section[] {
  const sections: Section[] = [{ depth: 0, text: '', blocks: [] }]
  for (const node of root.children) {
    if (node.type === 'heading') {
      sections.push({
        heading: node,
        depth: node.depth,
        text: normalizeText(nameText(node.children)),
        blocks: [],
      })
    } else sections[sections.length - 1]?.blocks.push(node)
  }
  return sections
}

/** Index just past the last section under `sections[i]` (its deeper headings). */
export function subtreeEnd(sections: readonly Section[], i: number): number {
  const depth = sections[i]?.depth ?? 0
  let j = i + 1
  while (j < sections.length && (sections[j]?.depth ?? 0) > depth) j++
  return j
}
