/**
 * Splits glossary text into plain-text and URL parts, so renderers can turn URLs into links
 * and leave everything else as text (never HTML). Only http(s) URLs become links.
 */
import { urlSpans } from '../format/text'

export type Part = { kind: 'text'; text: string } | { kind: 'url'; text: string; href: string }

/** Text and URL parts in order; concatenating their `text` gives back the input. */
export function linkify(text: string): Part[] {
  const parts: Part[] = []
  let last = 0
  // The extractor skips exactly these spans when it looks for mentions.
  for (const { start, end } of urlSpans(text)) {
    const url = text.slice(start, end)
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
