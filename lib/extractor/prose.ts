/**
 * Small text helpers of the extractor: normalisation, word boundaries, evidence clauses.
 * What is Chinese and where a URL ends are shared with the browser (lib/format/text.ts).
 */
import { isHan, urlSpans } from '../format/text'

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/**
 * A character that continues a word for boundary checks: letters and digits of alphabetic scripts.
 * Chinese characters are not word characters, so `基于MQA改进` has boundaries around MQA.
 */
export const isWordChar = (ch: string | undefined): boolean =>
  ch !== undefined && LETTER_OR_DIGIT.test(ch) && !isHan(ch)

/** True when the text is made of Latin letters, digits, spaces and simple punctuation only. */
export const isLatinPhrase = (text: string): boolean => /^[A-Za-z][A-Za-z0-9 .'’&/+:()-]*$/.test(text)

// Full-width punctuation (，（）：) is how Chinese is written; NFKC would turn it into ASCII.
const CJK_PUNCTUATION = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/u

/**
 * Unicode NFKC (the seed writes "ﬁ" as a ligature, some glossaries full-width letters),
 * except for Chinese punctuation, and collapsed white space.
 */
export function normalizeText(text: string): string {
  let out = ''
  for (const ch of text) out += CJK_PUNCTUATION.test(ch) ? ch : ch.normalize('NFKC')
  return out.replace(/\s+/g, ' ').trim()
}

/** Punctuation that may trail an entry and carries nothing ("BGE，…模型，"). */
export const stripTrailingPunctuation = (text: string): string => text.replace(/[\s，,。.;；、:：]+$/u, '')

/** The text with URLs replaced by spaces of the same length (offsets stay valid). */
export function blankUrls(text: string): string {
  let out = ''
  let last = 0
  for (const { start, end } of urlSpans(text)) {
    out += text.slice(last, start) + ' '.repeat(end - start)
    last = end
  }
  return out + text.slice(last)
}

/** Clause delimiters used to cut evidence out of a definition. */
const CLAUSE_BREAK = /[，,。；;！!？?\n]/

/** The clause of `text` around [start, end): what a reader needs to see why a link exists. */
export function clauseAround(text: string, start: number, end: number, maxLength = 80): string {
  // A clause is shown cut to maxLength, so looking further than that for its ends is wasted,
  // and in a long definition without punctuation, quadratic: every phrase would scan the whole
  // text. Only when the near part is mostly white space (trimmed away) is the full scan needed.
  const near = clauseBounds(text, start, end, maxLength + 1)
  const { from, to } =
    near.cut && text.slice(near.from, near.to).trim().length <= maxLength
      ? clauseBounds(text, start, end, Infinity)
      : near
  const clause = text.slice(from, to).trim()
  if (clause.length <= maxLength) return clause
  const half = Math.floor((maxLength - (end - start)) / 2)
  const a = Math.max(from, start - half)
  const b = Math.min(to, end + half)
  return `${a > from ? '…' : ''}${text.slice(a, b).trim()}${b < to ? '…' : ''}`
}

/** The clause's ends, looking at most `reach` characters beyond the range; `cut` when it stopped short of one. */
function clauseBounds(text: string, start: number, end: number, reach: number) {
  let from = start
  const fromLimit = Math.max(0, start - reach)
  while (from > fromLimit && !CLAUSE_BREAK.test(text.charAt(from - 1))) from--
  let to = end
  const toLimit = Math.min(text.length, end + reach)
  while (to < toLimit && !CLAUSE_BREAK.test(text.charAt(to))) to++
  const cut =
    (from > 0 && !CLAUSE_BREAK.test(text.charAt(from - 1))) ||
    (to < text.length && !CLAUSE_BREAK.test(text.charAt(to)))
  return { from, to, cut }
}
