import type { ReactNode } from 'react'
import type { TermNode } from '@/lib/explorer/lookup'
import type { Messages } from '@/lib/explorer/i18n/messages'

interface Props {
  /** Groups in reading order (see lib/explorer/reading-order.ts); a group of several is a cycle. */
  groups: TermNode[][]
  /** How one term renders (a term-page link, or the explorer's selecting link). */
  renderTerm: (term: TermNode) => ReactNode
  headingId: string
  m: Messages
}

/** "先读这些": the terms a definition depends on, each after the terms it mentions itself. */
export function ReadingOrder({ groups, renderTerm, headingId, m }: Props) {
  if (groups.length === 0) return null
  return (
    <section className="related reading-order" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {m.termPage.readFirst} <span className="muted">{groups.reduce((n, g) => n + g.length, 0)}</span>
      </h3>
      <ol>
        {groups.map((group) => (
          <li key={group[0]?.id}>
            {group.map((t, i) => (
              <span key={t.id}>
                {i > 0 && ' ⇄ '}
                {renderTerm(t)}
              </span>
            ))}
            {group.length > 1 && <span className="muted">{m.termPage.readTogether}</span>}
          </li>
        ))}
      </ol>
    </section>
  )
}
