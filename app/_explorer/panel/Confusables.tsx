'use client'
import { useMemo, type MouseEvent } from 'react'
import type { TermNode } from '@/lib/explorer/lookup'
import { confusablesOf, type ConfusionReason } from '@/lib/explorer/confusable'
import { MAX_COMPARE, viewHref } from '@/lib/explorer/url-state'
import type { Messages } from '@/lib/explorer/i18n/messages'
import { useExplorer } from '../explorer-context'
import { useMessages } from '../messages-context'
import { TermLink } from '../hover-card/TermLink'

const because = (r: ConfusionReason, m: Messages): string =>
  r.kind === 'genus'
    ? m.confusable.sameGenus(r.genus)
    : r.kind === 'name'
      ? m.confusable.similarName
      : r.kind === 'contrast'
        ? m.confusable.contrast
        : r.kind === 'variant'
          ? m.confusable.variant
          : m.confusable.sharedConcepts(r.concepts.join(m.compare.join))

/** Terms easily confused with this one, why, and a link that opens the comparison. */
export function Confusables({ term }: { term: TermNode }) {
  const { lookup, state, update } = useExplorer()
  const m = useMessages()
  const near = useMemo(() => confusablesOf(lookup, term.id, MAX_COMPARE - 1), [lookup, term.id])
  if (near.length === 0) return null
  const open = (slugs: string[]) => (e: MouseEvent) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
    e.preventDefault()
    update({ compare: slugs }, 'push')
  }
  const all = [term.slug, ...near.map((c) => c.term.slug)]
  return (
    <section className="related confusables" aria-labelledby="confusable-h">
      <h3 id="confusable-h">
        {m.confusable.heading} <span className="muted">{near.length}</span>
      </h3>
      <ul>
        {near.map((c) => {
          const pair = [term.slug, c.term.slug]
          return (
            <li key={c.term.id}>
              <TermLink className="related-term" slug={c.term.slug}>
                {c.term.label}
              </TermLink>{' '}
              <a
                className="compare-link"
                href={viewHref({ ...state, compare: pair })}
                aria-label={m.confusable.compareLabel(term.label, c.term.label)}
                onClick={open(pair)}
              >
                {m.confusable.compare}
              </a>
              <span className="muted confusion-why">
                {c.reasons.map((r) => because(r, m)).join(m.confusable.separator)}
              </span>
            </li>
          )
        })}
      </ul>
      {near.length > 1 && (
        <p>
          <a className="compare-link" href={viewHref({ ...state, compare: all })} onClick={open(all)}>
            {m.confusable.compareAll}
          </a>
        </p>
      )}
    </section>
  )
}
