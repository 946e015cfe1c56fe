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
import type { ReadContext } from './raw-entry'
import { note, skipReason, type RunReading } from './run'
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
  return terms
}

function isCandidate(sections: readonly Section[], i: number): boolean {
  const section = sections[i]
  const next = sections[i + 1]
  if (!section || (next && next.depth > section.depth)) return false
  if (section.text.length > 100 || section.text.split(/\s+/).length > 12) return false
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
    const reason = skipReason(block) ?? (block.type === 'table' ? 'skipped table inside a term' : undefined)
    if (reason) diagnostics.push(note(block, context, reason))
    return !reason
  })
  const { definition, extra } = composeBlocks(text)
  const entry = {
    shape: 'heading' as const,
    line: section.heading?.position?.start.line ?? 0,
    ...(context.section ? { section: context.section } : {}),
    head: section.text,
    ...(definition ? { definition } : {}),
    ...(extra ? { extra } : {}),
  }
  return { entries: [entry], diagnostics, summary: `level ${section.depth}`, next }
}
