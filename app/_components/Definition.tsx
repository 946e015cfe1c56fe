import type { ReactNode } from 'react'
import { linkify } from '@/lib/explorer/linkify'
import type { MentionRef } from '@/lib/format/types'

interface Props {
  text: string
  /** Shown when the glossary gives no definition (a UI message, in the page's language). */
  emptyText: string
  className?: string
  /** Where the definition names other terms (graph.json `mentions`). */
  mentions?: readonly MentionRef[]
  /** How a mention renders: a link to the term page, or the explorer's selecting link. */
  renderTerm?: (target: string, text: string, key: number) => ReactNode
}

/**
 * A definition as text, with http(s) URLs as external links and the terms it names as links.
 * Glossary text is never parsed as HTML: React escapes every part, so `<img onerror=…>` shows as
 * characters.
 */
export function Definition({ text, emptyText, className, mentions, renderTerm }: Props) {
  if (!text) return <p className={className}>{emptyText}</p>
  return (
    <p className={className}>
      {linkify(text, renderTerm ? mentions : []).map((p, i) => {
        if (p.kind === 'url')
          return (
            <a key={i} href={p.href} target="_blank" rel="noopener noreferrer">
              {p.text}
            </a>
          )
        if (p.kind === 'term' && renderTerm) return renderTerm(p.target, p.text, i)
        return <span key={i}>{p.text}</span>
      })}
    </p>
  )
}
