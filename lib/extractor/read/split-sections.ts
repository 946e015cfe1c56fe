/**
 * A document as sections: each heading with the blocks up to the next heading of any level.
 * The blocks before the first heading form a section of depth 0.
 *
 * A heading's text loses the attribute block renderers read at its end (`### 聚合 {#aggregation}`
 * in Hugo, kramdown, MkDocs attr_list, Pandoc); its ids, the ids of inline HTML in it, and the id
 * GitHub gives it (github-slugger, counting repeats across the document) are its anchors.
 */
import GithubSlugger from 'github-slugger'
import type { Heading, Root, RootContent } from 'mdast'
import { normalizeText } from '../prose'
import { inlineIds } from './inline-html'
import { nameText } from './inline-text'

export interface Section {
  heading?: Heading
  /** 1–6 for a heading, 0 for the text before the first heading. */
  depth: number
  /** The heading as plain text (a link gives its text), without an attribute block. */
  text: string
  /** Ids a link into the page reaches the heading by, explicit ones first. */
  anchors: string[]
  /** The section's own blocks, up to the next heading of any level. */
  blocks: RootContent[]
}

export function splitSections(root: Root): Section[] {
  const sections: Section[] = [{ depth: 0, text: '', anchors: [], blocks: [] }]
  const slugger = new GithubSlugger()
  for (const node of root.children) {
    if (node.type === 'heading') {
      const written = normalizeText(nameText(node.children))
      const { text, ids } = headingAttributes(written)
      // GitHub renders the attribute block as text, so its id is the slug of the whole heading;
      // every heading is counted, so a repeated one gets GitHub's "-1".
      const github = slugger.slug(written)
      const anchors = [...new Set([...ids, ...inlineIds(node.children), ...(ids.length ? [] : [github])])]
      sections.push({ heading: node, depth: node.depth, text, anchors, blocks: [] })
    } else sections[sections.length - 1]?.blocks.push(node)
  }
  return sections
}

/** `{#id .class key=value}` or kramdown's `{: #id}`: each part an id, a class or a key=value pair. */
const ATTRIBUTE_BLOCK =
  /\s*\{:?\s*((?:[#.][\w:.-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s}]+))(?:\s+(?:[#.][\w:.-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s}]+)))*)\s*\}$/u

/** A heading's text without its trailing attribute block, and the ids the block gives. */
export function headingAttributes(text: string): { text: string; ids: string[] } {
  const match = ATTRIBUTE_BLOCK.exec(text)
  if (!match?.[1]) return { text, ids: [] }
  const ids = match[1]
    .split(/\s+/)
    .filter((part) => part.startsWith('#'))
    .map((part) => part.slice(1))
  return { text: text.slice(0, match.index).trim(), ids }
}

/** Index just past the last section under `sections[i]` (its deeper headings). */
export function subtreeEnd(sections: readonly Section[], i: number): number {
  const depth = sections[i]?.depth ?? 0
  let j = i + 1
  while (j < sections.length && (sections[j]?.depth ?? 0) > depth) j++
  return j
}
