/**
 * A short excerpt around where a search matched inside a longer text, for search results
 * ("…以强化学习方式依据人类反馈…" with 强化 marked).
 */

export interface Snippet {
  /** Text before the match, starting with "…" when cut. */
  before: string
  /** The matched text as written. */
  match: string
  /** Text after the match, ending with "…" when cut. */
  after: string
}

/**
 * The excerpt around the first place `text` contains one of `needles` (case-insensitive; the
 * earlier needles are preferred, so pass the whole query first and its words after), keeping
 * about `radius` characters either side. Undefined when no needle occurs.
 */
export function snippet(text: string, needles: readonly string[], radius = 24): Snippet | undefined {
  const lower = text.toLowerCase()
  for (const needle of needles) {
    const n = needle.trim().toLowerCase()
    if (!n) continue
    const at = lower.indexOf(n)
    if (at < 0) continue
    const end = at + n.length
    const from = Math.max(0, at - radius)
    const to = Math.min(text.length, end + radius)
    return {
      before: `${from > 0 ? '…' : ''}${text.slice(from, at)}`,
      match: text.slice(at, end),
      after: `${text.slice(end, to)}${to < text.length ? '…' : ''}`,
    }
  }
  return undefined
}
