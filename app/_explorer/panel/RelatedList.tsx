'use client'
import { useMessages } from '../messages-context'
import { useId, type KeyboardEvent } from 'react'
import type { Related } from '@/lib/explorer/relations'
import { TermLink } from '../hover-card/TermLink'

/** Arrow keys move between the buttons of one list (Tab still walks through all of them). */
function onArrows(e: KeyboardEvent<HTMLUListElement>) {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return
  const buttons = [...e.currentTarget.querySelectorAll<HTMLAnchorElement>('a.related-term')]
  const i = buttons.findIndex((b) => b === document.activeElement)
  if (i < 0) return
  e.preventDefault()
  buttons[(i + (e.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length]?.focus()
}

/** A titled list of related terms with the evidence for each link. */
export function RelatedList({ title, items }: { title: string; items: Related[] }) {
  const m = useMessages()
  const id = useId()
  if (items.length === 0) return null
  return (
    <section className="related" aria-labelledby={id}>
      <h3 id={id}>
        {title} <span className="muted">{items.length}</span>
      </h3>
      <ul onKeyDown={onArrows}>
        {items.map((r) => (
          <li key={r.term.id}>
            <TermLink className="related-term" slug={r.term.slug}>
              {r.term.label}
              {r.term.gloss && r.term.gloss !== r.term.label && (
                <span className="muted">{m.panel.gloss(r.term.gloss)}</span>
              )}
            </TermLink>
            {r.evidence && <q className="evidence">{r.evidence}</q>}
          </li>
        ))}
      </ul>
    </section>
  )
}
