/**
 * Splits glossary text into plain-text, URL and term-mention parts, so renderers can turn URLs
 * and mentions into links and leave everything else as text (never HTML). Only http(s) URLs
 * become links; mentions are the spans the extractor found (graph.json `mentions`).
 */
import { urlSpans } from '../format/text'
import type { MentionRef } from '../format/types'

export type Part =
  | { kind: 'text'; text: string }
  | { kind: 'url'; text: string; href: string }
  | { kind: 'term'; text: string; target: string }

/** Text, URL and mention parts in order; concatenating their `text` gives back the input. */
export function linkify(text: string, mentions: readonly MentionRef[] = []): Part[] {
  const parts: Part[] = []
  let last = 0
  // The extractor skips exactly these URL spans when it looks for mentions, so the two never overlap.
  const spans = [
    ...urlSpans(text).map((s) => ({ ...s, target: undefined })),
    ...mentions.filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end),
  ].sort((a, b) => a.start - b.start)
  for (const { start, end, target } of spans) {
    if (start < last) continue
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) })
    const piece = text.slice(start, end)
    if (target !== undefined) parts.push({ kind: 'term', text: piece, target })
    else if (isSafeHttpUrl(piece)) parts.push({ kind: 'url', text: piece, href: piece })
    else parts.push({ kind: 'text', text: piece })
    last = end
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
