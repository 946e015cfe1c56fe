/**
 * Links in a definition, and the addresses that are not text at all.
 *
 * The reader keeps a link's address in the text it gives, as `text（address）` (read/inline-text.ts),
 * and records each link's visible text and address in `Term.definitionLinks`. Here:
 * - every address (an http URL, or a bracketed page path or `#id` after a link's text) is blanked,
 *   so no word of it is a mention, a concept or a misspelling;
 * - an in-page link (`[ReLUs](#relu)`) points at an anchor, which names a term whatever the text says;
 * - a link to another page that a lead-in announces ("详见[第二章](…)", "主页面：[为什么…](…)",
 *   "See also: […](…)") or that stands alone in its clause is a reference: its visible text titles
 *   an article, and with its lead-in it is not definition text. A link inside a sentence ("the heart
 *   of the [transformer](…) architecture") is ordinary text.
 * A term without `definitionLinks` (a reader that does not record them) still gets its addresses
 * found from the `text（address）` form, and a reference lead-in is then taken to run to the address.
 */
import type { Term } from '../../format/types'
import { urlSpans } from '../../format/text'

export interface Span {
  start: number
  end: number
}

/** A link of a definition. */
export interface DefinitionLink extends Span {
  href: string
  /** The id an in-page link points to (`#relu` → "relu"). */
  anchor?: string
  /** For a link to another page: the span a reader takes as a reference (lead-in and link text). */
  reference?: Span
}

/** `（address）` as the reader writes a link's address after its text: a page path, an `#id`, a mail or web address. */
const BRACKETED_ADDRESS =
  /（(#[^\s（）]*|\.{0,2}\/[^\s（）]*|[^\s（）\p{Script=Han}]+\.(?:md|markdown|mdx|html?|pdf|ipynb|txt|rst)(?:#[^\s（）]*)?|mailto:[^\s（）]+|https?:\/\/[^\s（）]+)）/gu

/** Where clauses end, for finding a link's lead-in. */
const CLAUSE_BREAK = /[，,。；;！!？?\n]/
/**
 * How far back a link's clause start is looked for. Only bounds the work (a definition without
 * punctuation stays linear): whether the text before a link is a lead-in is decided by its words.
 */
const LEAD_REACH = 80
/** Words that only announce a reference. */
const REFERENCE_CUE =
  /^(?:详见|参见|另见|另请参阅|请参阅|参阅|参考|请参考|更多|见|相关|延伸阅读|see also|see|cf\.?|refer to|read more|learn more|more|for more|details|related|further reading)$/i
/** What may join two references in one clause ("详见[A](…)和[B](…)"). */
const JOINER = /^[\s和与及、,，/]*(?:and|or)?[\s和与及、,，/]*$/i

/** Offsets of every address in `text`: http URLs and bracketed link addresses (brackets included). */
export function addressSpans(text: string): Span[] {
  const spans = urlSpans(text)
  for (const match of text.matchAll(BRACKETED_ADDRESS)) {
    const span = { start: match.index, end: match.index + match[0].length }
    if (!spans.some((s) => s.start < span.end && span.start < s.end)) spans.push(span)
  }
  return spans.sort((a, b) => a.start - b.start)
}

/** The text with every address replaced by spaces of the same length (offsets stay valid). */
export function blankAddresses(text: string): string {
  let out = ''
  let last = 0
  for (const { start, end } of addressSpans(text)) {
    out += text.slice(last, start) + ' '.repeat(end - start)
    last = end
  }
  return out + text.slice(last)
}

/** The id an in-page address points to, or undefined for an address elsewhere. */
function anchorOf(href: string): string | undefined {
  if (!href.startsWith('#') || href.length < 2) return undefined
  try {
    return decodeURIComponent(href.slice(1))
  } catch {
    return href.slice(1)
  }
}

/** Start of the clause `at` stands in, looking back at most LEAD_REACH characters (undefined if further). */
function clauseStart(text: string, at: number): number | undefined {
  for (let i = at; i > Math.max(0, at - LEAD_REACH - 1); i--) {
    // A full stop ends an English sentence only before a space ("e.g." and "3.5" do not).
    if (
      CLAUSE_BREAK.test(text.charAt(i - 1)) ||
      (text.charAt(i - 2) === '.' && /\s/.test(text.charAt(i - 1)))
    )
      return i
  }
  return at <= LEAD_REACH ? 0 : undefined
}

/**
 * A lead-in that only announces what follows: a cue word or a label ending in a colon, or nothing
 * when the link stands alone in its clause. A link inside a sentence ("the heart of the
 * [transformer](…) architecture") is the sentence's own word, not a reference.
 */
const isLeadIn = (lead: string, alone: boolean): boolean => {
  const words = lead.trim()
  if (words === '') return alone
  return /[:：]$/.test(words) || REFERENCE_CUE.test(words.replace(/[:：\s]+$/, ''))
}

/** Whether nothing but an address and punctuation follows `end` to the end of its clause. */
function aloneAfter(text: string, end: number): boolean {
  const rest = text.slice(end, end + LEAD_REACH).replace(BRACKETED_ADDRESS, '')
  return /^\s*(?:[（(][^（）()]*[)）])?\s*(?:[，,。；;！!？?\n]|\.(?:\s|$)|$)/.test(rest)
}

/**
 * The links of a term's definition, in text order: from `definitionLinks` when the reader gave
 * them, else from the `text（address）` form (whose link text is then unknown: an in-page link is
 * an empty span at its address, a reference runs from its clause's start when that starts with a
 * cue).
 */
export function definitionLinks(term: Pick<Term, 'definition' | 'definitionLinks'>): DefinitionLink[] {
  const text = term.definition
  const links: DefinitionLink[] = term.definitionLinks
    ? term.definitionLinks
        .filter((l) => l.start >= 0 && l.end <= text.length && l.start <= l.end)
        .map((l) => ({ start: l.start, end: l.end, href: l.href }))
    : [...text.matchAll(BRACKETED_ADDRESS)].map((m) => ({ start: m.index, end: m.index, href: m[1] ?? '' }))
  links.sort((a, b) => a.start - b.start)
  let previous: DefinitionLink | undefined
  for (const link of links) {
    const anchor = anchorOf(link.href)
    if (anchor !== undefined) {
      link.anchor = anchor
      continue
    }
    const from = clauseStart(text, link.start)
    const joined = previous?.reference && JOINER.test(text.slice(previous.end, link.start))
    if (joined && previous?.reference) link.reference = { start: previous.reference.start, end: link.end }
    else if (
      from !== undefined &&
      term.definitionLinks &&
      isLeadIn(text.slice(from, link.start), aloneAfter(text, link.end))
    )
      link.reference = { start: from, end: link.end }
    else if (from !== undefined && !term.definitionLinks && startsWithCue(text.slice(from, link.start)))
      link.reference = { start: from, end: link.end }
    previous = link
  }
  return links
}

/** The rendered form has no link text apart: a clause "详见第二章" or "See also: the guide" is a reference. */
function startsWithCue(clause: string): boolean {
  const trimmed = clause.trim()
  if (/^[^:：]{1,16}[:：]/.test(trimmed)) return true
  for (let n = Math.min(trimmed.length, 16); n >= 1; n--) {
    // "see" starts "seems" too: a Latin cue ends where its word ends.
    if (/[A-Za-z]/.test(trimmed.charAt(n - 1)) && /[A-Za-z]/.test(trimmed.charAt(n))) continue
    if (REFERENCE_CUE.test(trimmed.slice(0, n))) return true
  }
  return false
}
