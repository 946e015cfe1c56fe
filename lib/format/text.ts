/**
 * Text rules both sides of the build must agree on: what is Chinese, where a URL ends, and
 * when two names are the same name. The extractor finds mentions with them and the browser
 * renders definitions with them, so a span the extractor skipped as a URL is the span the
 * page turns into a link.
 */

/** A Chinese character, as a regular-expression class body (`new RegExp(`[${HAN_CLASS}]`, 'u')`). */
export const HAN_CLASS = '\\p{Script=Han}'
const HAN = new RegExp(`[${HAN_CLASS}]`, 'u')
const HAN_RUN = new RegExp(`[${HAN_CLASS}]+`, 'gu')

/** True for a Chinese character (a single code point). */
export const isHan = (ch: string): boolean => HAN.test(ch)

/** True when `text` contains at least one Chinese character. */
export const hasHan = (text: string): boolean => HAN.test(text)

/** Runs of Chinese characters in `text`, in order. */
export const hanRuns = (text: string): string[] => text.match(HAN_RUN) ?? []

/**
 * An http(s) URL in running text. It stops at white space, Chinese characters, full-width
 * punctuation and quotes, so in `见https://x.org/a中文MQA改进` only `https://x.org/a` is the URL
 * and MQA is still text. Trailing sentence punctuation is trimmed by `urlSpans`.
 */
const URL_PATTERN = /https?:\/\/[^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef<>"'）)」》]+/gu
const TRAILING_PUNCTUATION = /[.,;:!?]+$/

/** Start and end offsets of every URL in `text`, in order. */
export function urlSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = []
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = match[0].replace(TRAILING_PUNCTUATION, '')
    spans.push({ start: match.index, end: match.index + url.length })
  }
  return spans
}

/**
 * The key two names share when they are the same name: NFKC, lower case, without spaces,
 * hyphens or underscores. "Layer Norm", "layer-norm" and "LayerNorm" fold alike.
 */
export const foldName = (name: string): string =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-‐-―]+/g, '')
