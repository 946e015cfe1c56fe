/**
 * A heading per term: `### Term` (or `## Term`) followed by paragraphs and bullets up to the
 * next heading. Which headings are terms is decided by structure, level by level:
 *  - a candidate has definition prose of its own, no headings under it, a name-like text,
 *    and is neither a letter (`## A`) nor a section such as References;
 *  - a level holds terms when most of its headings are candidates. So `## Overview` with an
 *    introduction stays a section among `## Training`-style group headings, while `### Agent`
 *    under `## A` is a term because its siblings are too.
 */
import type { Diagnostic } from '../diagnostics'
import { isBoldTermParagraph } from './bold'
import { looksLikeEntries } from './bullets'
import { composeBlocks } from './compose'
import { isDeflistStart } from './deflist'
import { linksIn } from './links'
import type { ReadContext } from './raw-entry'
import { htmlShape, note, skipReason, type RunReading } from './run'
import type { Section } from './split-sections'
import { isLetterHeading, isNavigation, linkList, otherSection } from './skip'

/** Indexes of the sections whose heading names a term. */
export function termHeadings(sections: readonly Section[]): Set<number> {
  const votes = new Map<number, { voters: number; candidates: number[] }>()
  sections.forEach((section, i) => {
    if (section.depth < 2 || isLetterHeading(section.text) || otherSection(section.text)) return
    const vote = votes.get(section.depth) ?? { voters: 0, candidates: [] }
    vote.voters++
    if (isCandidate(sections, i)) vote.candidates.push(i)
    votes.set(section.depth, vote)
  })
  const terms = new Set<number>()
  for (const { voters, candidates } of votes.values()) {
    if (candidates.length * 2 > voters) candidates.forEach((i) => terms.add(i))
  }
  sections.forEach((_section, i) => {
    if (!terms.has(i) && isSiblingTerm(sections, i, terms)) terms.add(i)
  })
  return terms
}

/**
 * A heading between term headings of its level, under the same parent, is a term too, whatever
 * its name or its first block: `### 资源` among `###` terms, `## Layer` whose definition opens
 * with a picture and bold sub-terms. Headings at the ends of the run (an Overview before the
 * terms, Resources after them) stay sections, and so does one holding only links or headings.
 */
function isSiblingTerm(sections: readonly Section[], i: number, terms: ReadonlySet<number>): boolean {
  const section = sections[i]
  const next = sections[i + 1]
  if (!section || section.depth < 2 || isLetterHeading(section.text) || !isNameLike(section.text))
    return false
  if (next && next.depth > section.depth) return false
  const content = section.blocks.filter((b) => !skipReason(b) && b.type !== 'thematicBreak')
  if (content.length === 0 || content.every((b) => b.type === 'list' && linkList(b))) return false
  const termAt = (j: number): boolean | undefined => {
    const other = sections[j]
    if (!other || other.depth < section.depth) return false
    return other.depth === section.depth && terms.has(j) ? true : undefined
  }
  return seek(i, -1, termAt) && seek(i, 1, termAt)
}

/** Walks from `i` in `step` direction until `test` says true or false; false past the ends. */
function seek(i: number, step: number, test: (j: number) => boolean | undefined): boolean {
  for (let j = i + step; ; j += step) {
    const found = test(j)
    if (found !== undefined) return found
  }
}

const isNameLike = (text: string): boolean => text.length <= 100 && text.split(/\s+/).length <= 12

function isCandidate(sections: readonly Section[], i: number): boolean {
  const section = sections[i]
  const next = sections[i + 1]
  if (!section || (next && next.depth > section.depth)) return false
  if (!isNameLike(section.text)) return false
  const blocks = section.blocks.filter((b) => !skipReason(b) && b.type !== 'thematicBreak')
  const first = blocks[0]
  if (first?.type === 'paragraph') {
    return !isNavigation(first) && !isBoldTermParagraph(first) && !isDeflistStart(blocks, 0)
  }
  return first?.type === 'list' && !linkList(first) && !looksLikeEntries(first)
}

/**
 * The term a heading names, defined by the blocks under it up to a rule: what follows a
 * rule (a footer) is left to the caller, from `next` on.
 */
export function readHeadingTerm(section: Section, context: ReadContext): RunReading {
  const diagnostics: Diagnostic[] = []
  const rule = section.blocks.findIndex((block) => block.type === 'thematicBreak')
  const next = rule < 0 ? section.blocks.length : rule
  const text = section.blocks.slice(0, next).filter((block) => {
    const table = block.type === 'table' || (block.type === 'html' && htmlShape(block))
    const reason = skipReason(block) ?? (table ? 'skipped table inside a term' : undefined)
    if (reason) diagnostics.push(note(block, context, reason))
    return !reason
  })
  const { definition, extra, names } = composeBlocks(text)
  const links = linksIn(text)
  const entry = {
    shape: 'heading' as const,
    line: section.heading?.position?.start.line ?? 0,
    ...(context.section ? { section: context.section } : {}),
    head: section.text,
    ...(section.anchors.length > 0 ? { anchors: section.anchors } : {}),
    ...(definition ? { definition } : {}),
    ...(extra ? { extra } : {}),
    ...(names ? { names } : {}),
    ...(links.length > 0 ? { links } : {}),
  }
  return { entries: [entry], diagnostics, summary: `level ${section.depth}`, next }
}
