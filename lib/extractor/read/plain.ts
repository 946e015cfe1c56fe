/**
 * Entries written without markup: no bullet, no bold, no heading.
 *   - `名称：定义`, `Term: definition`, `Term - definition`, `Term — definition`, a paragraph or
 *     a line each (a paragraph may hold several, one per line);
 *   - a name alone in its paragraph, its definition in the paragraphs after it.
 * One such line in prose is a label ("注意：…"), so the decision is made for a whole run of
 * sibling blocks, by the shape it repeats: three entries or more, and at least as many entries
 * as paragraphs of prose. Inside the run, the lines that sit beside real entries are told apart: labelled
 * lines (`英文：…`, `另请参阅：…`) belong to the entry above, credit lines (`翻译：某某`) to the
 * document, a short line alone before an entry is a section title, and any other paragraph
 * continues the entry above it.
 */
import type { Nodes, Paragraph, RootContent } from 'mdast'
import type { Diagnostic } from '../diagnostics'
import { normalizeText } from '../prose'
import { isBoldTermParagraph } from './bold'
import { composeBlocks } from './compose'
import { isDeflistStart } from './deflist'
import { isCreditLine, readField } from './fields'
import { isNameLike, leadingName, plainSplit, type HeadSplit } from './head'
import { inlineIds } from './inline-html'
import { nameText } from './inline-text'
import { lineText, paragraphLines, type Line } from './lines'
import { linksIn, type WrittenLink } from './links'
import type { RawEntry, ReadContext } from './raw-entry'
import { note, noteAt, skipReason, type RunReading } from './run'
import { isNavigation, linkList } from './skip'

/**
 * A run needs this many entries of one shape, and no more paragraphs of prose than entries,
 * before its paragraphs are read as entries: two `Label: text` lines are how prose is written.
 */
const MIN_ENTRIES = 3

type LineKind = 'entry' | 'field' | 'credit' | 'name' | 'text'

interface ReadLine extends Line {
  kind: LineKind
  text: string
  split?: HeadSplit
}

/**
 * The blocks a run of plain entries may hold, from `start`: paragraphs, lists, quotes, rules
 * and what is skipped anyway, up to the rule that opens the file's footer (line `footer`).
 */
function runEnd(blocks: readonly RootContent[], start: number, footer: number | undefined): number {
  let i = start
  for (; i < blocks.length; i++) {
    const block = blocks[i]
    if (block?.type === 'thematicBreak' && block.position?.start.line === footer) break
    if (!block || block.type === 'thematicBreak' || skipReason(block)) continue
    if (block.type === 'list' && !linkList(block)) continue
    if (block.type === 'blockquote') continue
    if (
      block.type === 'paragraph' &&
      !isNavigation(block) &&
      !isBoldTermParagraph(block) &&
      !isDeflistStart(blocks, i)
    )
      continue
    break
  }
  return i
}

function readLine(line: Line): ReadLine {
  const text = lineText(line.nodes)
  if (isCreditLine(text)) return { ...line, kind: 'credit', text }
  if (readField(text)) return { ...line, kind: 'field', text }
  const split = leadingName(line.nodes) ?? plainSplit(text)
  if (split?.rest && isNameLike(split.head) && !/[:：]$/.test(split.rest))
    return { ...line, kind: 'entry', text, split }
  if (isNameLike(text) && !/[:：.。!！?？]$/.test(text)) return { ...line, kind: 'name', text }
  return { ...line, kind: 'text', text }
}

/** A paragraph's lines, read; `entry` lines count only where the paragraph starts with one. */
function readParagraph(paragraph: Paragraph): ReadLine[] {
  const lines = paragraphLines(paragraph).map(readLine)
  if (lines[0]?.kind === 'entry') return lines
  // A paragraph of prose that has a colon in a later line is still prose.
  return lines.map((line) => (line.kind === 'entry' ? { ...line, kind: 'text' } : line))
}

type Mode = 'lines' | 'pairs'

/** How the run reads, if it is a run of plain entries at all. */
function runMode(paragraphs: ReadonlyArray<{ index: number; lines: ReadLine[] }>): Mode | undefined {
  const counted = paragraphs.filter((p) => !['credit', 'field'].includes(p.lines[0]?.kind ?? ''))
  const entries = counted.reduce((n, p) => n + p.lines.filter((l) => l.kind === 'entry').length, 0)
  // Prose the entries would sit in; a short line alone (a section title) does not count.
  const prose = counted.filter((p) => p.lines[0]?.kind !== 'entry' && !isLoneName(p.lines)).length
  if (entries >= MIN_ENTRIES && entries >= prose) return 'lines'
  // A name alone, then its definition in the next paragraph.
  let pairs = 0
  counted.forEach((p, n) => {
    const next = counted[n + 1]
    if (isLoneName(p.lines) && next && !isLoneName(next.lines) && next.index === p.index + 1) pairs++
  })
  return pairs >= MIN_ENTRIES && pairs >= counted.length - 2 * pairs ? 'pairs' : undefined
}

const isLoneName = (lines: readonly ReadLine[]): boolean => lines.length === 1 && lines[0]?.kind === 'name'

interface Pending {
  head: string
  line: number
  form: string
  /** Text on the entry's own line and the lines after it in its paragraph. */
  lines: string[]
  /** Paragraphs, lists and quotes that continue it. */
  blocks: Nodes[]
  links: WrittenLink[]
  anchors?: string[]
  section?: string
}

/**
 * Reads the plain entries of the run starting at `blocks[start]`, which ends at the footer's
 * rule (`footer`, the line it is on), if any. When the run is not one,
 * `plain` is false and `next` says where it ends, so the caller reads its blocks as prose
 * without looking at the same run again.
 */
export function readPlain(
  blocks: readonly RootContent[],
  start: number,
  context: ReadContext,
  footer?: number,
): RunReading & { plain: boolean } {
  const end = runEnd(blocks, start, footer)
  const paragraphs = blocks
    .slice(start, end)
    .flatMap((block, n) =>
      block.type === 'paragraph' ? [{ index: start + n, lines: readParagraph(block) }] : [],
    )
  const mode = runMode(paragraphs)
  if (!mode) return { entries: [], diagnostics: [], next: end, plain: false }

  const read = new Map(paragraphs.map((p) => [p.index, p.lines]))
  const pending: Pending[] = []
  const diagnostics: Diagnostic[] = []
  let section = context.section
  const open = (entry: Omit<Pending, 'blocks' | 'links' | 'section'>) =>
    pending.push({ ...entry, blocks: [], links: [], ...(section ? { section } : {}) })
  // What the block after `i` starts: an entry, or (for a name alone) its definition.
  const startsEntry = (i: number): boolean => {
    const next = read.get(i + 1)
    return mode === 'lines' ? next?.[0]?.kind === 'entry' : next !== undefined && isLoneName(next)
  }
  const startsDefinition = (i: number): boolean => {
    const next = read.get(i + 1)
    return next ? !isLoneName(next) && next[0]?.kind !== 'credit' : blocks[i + 1]?.type === 'list'
  }

  // A rule closes the entry above it: what follows is a new entry or not part of one.
  let closed = false
  for (let i = start; i < end; i++) {
    const block = blocks[i]
    const current = closed ? undefined : pending[pending.length - 1]
    if (!block) continue
    if (block.type === 'thematicBreak') {
      closed = true
      continue
    }
    const reason = skipReason(block)
    const lines = read.get(i)
    const [first] = lines ?? []
    if (reason) {
      diagnostics.push(note(block, context, reason))
    } else if (mode === 'pairs' && lines && isLoneName(lines) && first && startsDefinition(i)) {
      const anchors = inlineIds(first.nodes)
      closed = false
      open({
        head: normalizeText(nameText(first.nodes)),
        line: first.line,
        form: 'pair',
        lines: [],
        ...(anchors.length > 0 ? { anchors } : {}),
      })
    } else if (lines && isLoneName(lines) && first && startsEntry(i)) {
      // A short line alone before an entry titles the entries after it.
      section = first.text
      diagnostics.push(note(block, context, `read as section title "${section}"`))
    } else if (lines && mode === 'lines' && first?.kind === 'entry') {
      for (const line of lines) {
        const last = pending[pending.length - 1]
        if (line.kind === 'entry' && line.split) {
          const { head, rest, anchors } = line.split
          const form = /^[^:：]*[:：]/.test(line.text.slice(0, line.text.length - rest.length))
            ? 'colon'
            : 'dash'
          open({ head, line: line.line, form, lines: [rest], ...(anchors ? { anchors } : {}) })
          closed = false
          pending[pending.length - 1]?.links.push(...linksIn(line.nodes))
        } else if (line.kind === 'credit') {
          diagnostics.push(noteAt(line.line, context, 'skipped credit line'))
        } else if (last) {
          last.lines.push(line.text)
          last.links.push(...linksIn(line.nodes))
        }
      }
    } else if (lines?.length === 1 && first?.kind === 'credit') {
      diagnostics.push(note(block, context, 'skipped credit line'))
    } else if (current) {
      // Any other paragraph, list or quote goes on with the entry above it.
      current.blocks.push(block)
      current.links.push(...linksIn([block]))
    } else {
      const what =
        pending.length > 0
          ? `${block.type} after a rule (not a term entry)`
          : `prose introduction (${block.type})`
      diagnostics.push(note(block, context, `skipped ${what}`))
    }
  }
  return { entries: pending.map(plainEntry), diagnostics, next: end, plain: true }
}

function plainEntry(p: Pending): RawEntry {
  const { definition, extra, names } = composeBlocks(p.blocks, p.lines)
  return {
    shape: 'plain',
    form: p.form,
    line: p.line,
    ...(p.section ? { section: p.section } : {}),
    head: p.head,
    definition,
    ...(extra ? { extra } : {}),
    ...(names ? { names } : {}),
    ...(p.anchors ? { anchors: p.anchors } : {}),
    ...(p.links.length > 0 ? { links: p.links } : {}),
  }
}
