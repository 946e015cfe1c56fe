/**
 * Bold-term paragraphs: `**Term**: definition`, `**Term** — definition`, and `**Term**` alone
 * on its line with the definition on the next line (one paragraph, a soft break) or in the
 * paragraphs and bullets that follow, up to the next bold term, heading or rule.
 */
import type { Nodes, Paragraph, PhrasingContent, RootContent } from 'mdast'
import type { Diagnostic } from '../diagnostics'
import { looksLikeEntries } from './bullets'
import { composeBlocks } from './compose'
import { isDeflistStart } from './deflist'
import type { RawEntry, ReadContext } from './raw-entry'
import { isCreditLine, isDocumentLabel, readField } from './fields'
import { leadIndex, leadingName, type HeadSplit } from './head'
import { isDataCell } from './table-content'
import { lineText, paragraphLines } from './lines'
import { linksIn, type WrittenLink } from './links'
import { note, noteAt, skipReason, type RunReading } from './run'
import { isNavigation, linkList } from './skip'

/** A paragraph whose first line starts with a bold name followed by a separator or nothing. */
export function isBoldTermParagraph(block: RootContent): block is Paragraph {
  if (block.type !== 'paragraph') return false
  const first = paragraphLines(block)[0]
  return first !== undefined && isBoldLead(first.nodes) && leadingName(first.nodes) !== undefined
}

const isBoldLead = (nodes: readonly PhrasingContent[]): boolean => nodes[leadIndex(nodes)]?.type === 'strong'

interface Pending {
  head: string
  anchors?: string[]
  line: number
  lines: string[]
  blocks: Nodes[]
  links: WrittenLink[]
}

/** Read the bold terms starting at `blocks[start]`, with the blocks that define them. */
export function readBold(blocks: readonly RootContent[], start: number, context: ReadContext): RunReading {
  const pending: Pending[] = []
  const diagnostics: Diagnostic[] = []
  let i = start
  for (; i < blocks.length; i++) {
    const block = blocks[i]
    const current = pending[pending.length - 1]
    if (!block) break
    if (isBoldTermParagraph(block)) {
      for (const { nodes, line } of paragraphLines(block)) {
        const split = isBoldLead(nodes) ? leadingName(nodes) : undefined
        const last = pending[pending.length - 1]
        const label = split && labelLine(split)
        if (label === 'field' && last) last.lines.push(lineText(nodes))
        else if (label) diagnostics.push(noteAt(line, context, label === 'field' ? FIELD_ALONE : label))
        else if (split)
          pending.push({
            head: split.head,
            anchors: split.anchors,
            line,
            lines: [split.rest],
            blocks: [],
            links: [],
          })
        else last?.lines.push(lineText(nodes))
        pending[pending.length - 1]?.links.push(...linksIn(nodes))
      }
    } else if (current && isDefinitionBlock(blocks, i)) {
      current.blocks.push(block)
      current.links.push(...linksIn([block]))
    } else if (skipReason(block)) {
      diagnostics.push(note(block, context, skipReason(block) ?? ''))
    } else break
  }
  const entries = pending.map((p): RawEntry => {
    const { definition, extra, names } = composeBlocks(p.blocks, p.lines)
    return {
      shape: 'bold',
      form: boldForm(p),
      line: p.line,
      ...(context.section ? { section: context.section } : {}),
      head: p.head,
      ...(definition ? { definition } : {}),
      ...(p.links.length > 0 ? { links: p.links } : {}),
      ...(p.anchors ? { anchors: p.anchors } : {}),
      ...(extra ? { extra } : {}),
      ...(names ? { names } : {}),
    }
  })
  return { entries, diagnostics, next: i }
}

/**
 * A bold line that is not a term: `field` for a labelled line of the entry above (`**Also known
 * as**: …`, `**See also**: …`), else why it is skipped: a line about the document
 * (`**Author**: …`, `**Scope**: …`) or a label with a count or date for its value (`**Terms**: 100+`).
 */
function labelLine(split: HeadSplit): string | undefined {
  const text = `${split.head}: ${split.rest}`
  const field = readField(text)
  if (field && field.kind !== 'credit') return 'field'
  if (isCreditLine(text) || (isDocumentLabel(split.head) && !field)) return 'skipped line about the document'
  if (split.rest && isDataCell(split.rest)) return 'skipped label with a value, not a definition'
  return undefined
}

const FIELD_ALONE = 'skipped labelled line outside an entry'

/** Where a bold name's definition is written: see RawEntry.form. */
function boldForm(p: Pending): string {
  if (p.lines[0]) return 'inline'
  if (p.lines.length > 1) return 'next-line'
  return p.blocks.length > 0 ? 'blocks' : 'alone'
}

/** A paragraph or a list of details that continues the definition above it. */
function isDefinitionBlock(blocks: readonly RootContent[], i: number): boolean {
  const block = blocks[i]
  if (block?.type === 'paragraph') return !isNavigation(block) && !isDeflistStart(blocks, i)
  if (block?.type === 'list') return !linkList(block) && !looksLikeEntries(block)
  return block?.type === 'blockquote' && !skipReason(block)
}
