/**
 * Splits glossary text into plain-text and URL parts, so renderers can turn URLs into links
 * and leave everything else as text (never HTML). Only http(s) URLs become links.
 */
export type Part = { kind: 'text'; text: string } | { kind: 'url'; text: string; href: string }

// Stop at whitespace, CJK and full-width punctuation: "见https://x.y/z。" links only the URL.
const URL_RE = /https?:\/\/[^\s\u3000-\u303f\u3400-\u9fff\uff00-\uffef<>"'）)]+/g
const TRAILING = /[.,;:!?]+$/

/** Text and URL parts in order; concatenating their `text` gives back the input. */
export function linkify(text: string): Part[] {
  const parts: Part[] = []
  let last = 0
  for (const m of text.matchAll(URL_RE)) {
    const url = m[0].replace(TRAILING, '')
    const start = m.index
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) })
    if (isSafeHttpUrl(url)) parts.push({ kind: 'url', text: url, href: url })
    else parts.push({ kind: 'text', text: url })
    last = start + url.length
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) })
  return parts
}

function isSafeHttpUrl(s: string): boolean {
  try {
    const u = new URL(s)
    return u.protocol === 'http:' || u.protocol === 'https:'
  } catch {
    return false
  }
}
