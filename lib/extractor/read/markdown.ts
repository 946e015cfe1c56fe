/**
 * Markdown → raw glossary entries, whatever shape the glossary is written in.
 *
 * Parses with remark (GFM tables, front matter), cuts the document into sections at its
 * headings, and reads each section with the reader its blocks call for: several shapes may
 * mix in one file. Every block ends up in an entry or in a `note` saying why it was skipped.
 */
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkFrontmatter from 'remark-frontmatter'
import type { Root, RootContent } from 'mdast'
import type { Diagnostic } from '../diagnostics'
import { normalizeText } from '../prose'
import { isBoldTermParagraph, readBold } from './bold'
import { readBullets } from './bullets'
import { isDeflistStart, readDeflist } from './deflist'
import type { BlockReading, RawEntry, ReadContext } from './raw-entry'
import { readHeadingTerm, termHeadings } from './headings'
import { inlineText } from './inline-text'
import { htmlShape, note, noteAt, skipReason } from './run'
import { splitSections, subtreeEnd, type Section } from './split-sections'
import { headingName, isLetterHeading, isNavigation, linkList, otherSection } from './skip'
import { readHtmlBlock } from './html-blocks'
import { readPlain } from './plain'
import { prepareBlocks } from './prepare'
import { readTable } from './table'

export interface MarkdownReading {
  /** The document's first top-level heading, else its front matter title. */
  title?: string
  entries: RawEntry[]
  /** Notes on skipped blocks; warnings from readers. */
  diagnostics: Diagnostic[]
  /** One record per block that gave entries: its shape and how it was read (a table's term column). */
  summaries: Array<{ shape: RawEntry['shape']; summary: string }>
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml'])

/** Markdown written inside HTML (a `<details>` body) → its blocks. */
const parseBlocks = (markdown: string): RootContent[] => parser.parse(markdown).children

/** Read one glossary file. */
export function readMarkdown(markdown: string, file: string): MarkdownReading {
  const parsed: Root = parser.parse(markdown)
  const root: Root = { ...parsed, children: prepareBlocks(parsed, markdown) }
  const reading: MarkdownReading = { title: documentTitle(root), entries: [], diagnostics: [], summaries: [] }
  const sections = splitSections(root)
  const terms = termHeadings(sections)
  const footer = footerStart(root)
  const trail: string[] = []
  const forms = new Set<string>()
  const add = (part: BlockReading, shape: RawEntry['shape']) => {
    reading.entries.push(...part.entries)
    reading.diagnostics.push(...part.diagnostics)
    for (const entry of part.entries) forms.add(formOf(entry))
    // One record per block that gave entries, so the summary can count tables too.
    if (part.entries.length > 0) reading.summaries.push({ shape, summary: part.summary ?? '' })
  }
  const state = (sectionForms: Set<string>): BlockState => ({
    footer,
    add,
    read: () => reading.entries.length,
    forms: { section: sectionForms, document: forms },
  })

  for (let s = 0; s < sections.length; s++) {
    const section = sections[s]
    if (!section) continue
    trail.length = Math.max(section.depth - 1, 0)
    const context: ReadContext = { file, ...(nearest(trail) ? { section: nearest(trail) } : {}) }
    const isTitle = section.heading !== undefined && section.heading === titleHeading(root)
    const other = isTitle || terms.has(s) ? undefined : otherSection(section.text)
    if (other === 'subtree') {
      const end = subtreeEnd(sections, s)
      const lines = lineSpan(sections.slice(s, end))
      reading.diagnostics.push({
        severity: 'note',
        source: { file, line: section.heading?.position?.start.line ?? 0 },
        message: `skipped section "${section.text}" (${lines} line${lines === 1 ? '' : 's'})`,
      })
      s = end - 1
      continue
    }
    if (terms.has(s)) {
      const term = readHeadingTerm(section, context)
      add(term, 'heading')
      readBlocks(section.blocks.slice(term.next), context, state(new Set(term.entries.map(formOf))))
      continue
    }
    trail[section.depth - 1] = section.depth > 1 ? sectionName(section.text) : ''
    const inner: ReadContext = { file, ...(nearest(trail) ? { section: nearest(trail) } : {}) }
    if (other === 'own') {
      for (const block of section.blocks) {
        if (block.type === 'thematicBreak') continue
        const links = block.type === 'list' ? linkList(block) : undefined
        const reason = links?.kind === 'toc' ? `skipped table of contents (${links.count} links)` : undefined
        reading.diagnostics.push(
          note(block, inner, reason ?? `skipped ${blockName(block)} in "${section.text}"`),
        )
      }
      continue
    }
    readBlocks(section.blocks, inner, state(new Set()))
  }
  return reading
}

interface BlockState {
  /** Line of the rule that opens the footer, if the file ends with one. */
  footer?: number
  add: (part: BlockReading, shape: RawEntry['shape']) => void
  /** Entries read so far: prose before the first one is an introduction. */
  read: () => number
  /** The forms (formOf) of the entries read so far in this section and in the document. */
  forms: { section: Set<string>; document: Set<string> }
}

/** Read a section's own blocks, dispatching each run of blocks to its reader. */
function readBlocks(blocks: readonly RootContent[], context: ReadContext, state: BlockState): void {
  const skip = (block: RootContent, message: string) =>
    state.add({ entries: [], diagnostics: [note(block, context, message)] }, 'bullet')
  const add = (block: RootContent, part: BlockReading, shape: RawEntry['shape']) => {
    const read = afterFooter(block, state) ? footerEntries(part, context, state.forms) : part
    for (const entry of read.entries) state.forms.section.add(formOf(entry))
    state.add(read, shape)
  }
  // Blocks before this index were already judged not to be a run of plain entries.
  let prose = 0
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]
    if (!block || block.type === 'thematicBreak') continue
    const reason = skipReason(block)
    const text = block.type === 'paragraph' || block.type === 'blockquote'
    const html = block.type === 'html' ? htmlShape(block) : undefined
    if (html && block.type === 'html') {
      add(block, readHtmlBlock(block, context, parseBlocks), html === 'deflist' ? 'deflist' : html)
    } else if (reason) {
      skip(block, reason)
    } else if (block.type === 'table') {
      add(block, readTable(block, context), 'table')
    } else if (block.type === 'list') {
      const links = linkList(block)
      if (links)
        skip(
          block,
          `skipped ${links.kind === 'toc' ? 'table of contents' : 'list of links'} (${links.count} links)`,
        )
      else add(block, readBullets(block, context), 'bullet')
    } else if (block.type === 'paragraph' && isNavigation(block)) {
      skip(block, 'skipped navigation line')
    } else if (isDeflistStart(blocks, i)) {
      const run = readDeflist(blocks, i, context)
      add(block, run, 'deflist')
      i = run.next - 1
    } else if (isBoldTermParagraph(block)) {
      const run = readBold(blocks, i, context)
      add(block, run, 'bold')
      i = run.next - 1
    } else if (text && i >= prose) {
      const run = readPlain(blocks, i, context, state.footer)
      if (run.plain) {
        add(block, run, 'plain')
        i = run.next - 1
      } else {
        prose = run.next
        skip(block, proseReason(block, state))
      }
    } else {
      skip(block, proseReason(block, state))
    }
  }
}

/** The shape and form an entry is written in: `bold:inline`, `heading:`. */
const formOf = (entry: RawEntry): string => `${entry.shape}:${entry.form ?? ''}`

const afterFooter = (block: RootContent, state: BlockState): boolean =>
  state.footer !== undefined && (block.position?.start.line ?? 0) > state.footer

/**
 * What a footer (the blocks after the file's last rule) gives: entries written the way the
 * section's entries above the rule are (or, in a section without any, the document's), so a
 * glossary whose entries sit between rules keeps its last one; other bold lines and bullets
 * there (`**Terms**: 100+`, usage tips) are the footer's, each noted.
 */
function footerEntries(part: BlockReading, context: ReadContext, forms: BlockState['forms']): BlockReading {
  const known = forms.section.size > 0 ? forms.section : forms.document
  if (known.size === 0) return part
  const kept = part.entries.filter((entry) => known.has(formOf(entry)))
  const notes = part.entries
    .filter((entry) => !known.has(formOf(entry)))
    .map((entry) => noteAt(entry.line, context, 'skipped footer (not written like the entries above it)'))
  return { ...part, entries: kept, diagnostics: [...part.diagnostics, ...notes] }
}

function proseReason(block: RootContent, state: BlockState): string {
  if (afterFooter(block, state)) return 'skipped footer'
  const what = blockName(block)
  return state.read() === 0 ? `skipped prose introduction (${what})` : `skipped ${what} (not a term entry)`
}

const blockName = (block: RootContent): string => (block.type === 'blockquote' ? 'quote' : block.type)

/** A file that ends with a rule and no heading after it has a footer. */
function footerStart(root: Root): number | undefined {
  const lastRule = root.children.findLastIndex((node) => node.type === 'thematicBreak')
  if (lastRule < 0 || root.children.slice(lastRule).some((node) => node.type === 'heading')) return undefined
  return root.children[lastRule]?.position?.start.line
}

function titleHeading(root: Root): RootContent | undefined {
  return root.children.find((node) => node.type === 'heading' && node.depth === 1)
}

function documentTitle(root: Root): string | undefined {
  const heading = titleHeading(root)
  if (heading?.type === 'heading') return normalizeText(inlineText(heading.children))
  const front = root.children.find((node) => skipReason(node) === 'skipped front matter')
  const match = front && 'value' in front ? /^title\s*[:=]\s*["']?(.+?)["']?\s*$/m.exec(front.value) : null
  return match?.[1]
}

/** The section an entry stands under: a letter as a capital ("A"), a group by its name. */
function sectionName(text: string): string {
  return isLetterHeading(text) ? headingName(text).toUpperCase() : headingName(text)
}

const nearest = (trail: readonly string[]): string | undefined => trail.findLast((name) => name !== '')

/** Lines a run of sections spans, from the first heading to the last block. */
function lineSpan(sections: readonly Section[]): number {
  const first = sections[0]?.heading?.position?.start.line ?? 0
  let last = first
  for (const section of sections) {
    for (const node of [section.heading, ...section.blocks])
      last = Math.max(last, node?.position?.end.line ?? 0)
  }
  return last - first + 1
}
