'use client'
import { useMessages } from '../messages-context'
import { useMemo, useState } from 'react'
import { byLabel, type GNode, type Lookup, type TermNode } from '@/lib/explorer/lookup'
import type { InView } from '@/lib/explorer/view'
import { loadGraphAlgorithms, useLazy } from '../use-lazy'
import { LIST_ORDERS } from '@/lib/explorer/url-state'
import { useExplorer } from '../explorer-context'

const byImportance = (a: GNode, b: GNode) => b.pagerank - a.pagerank || byLabel(a, b)

interface Props {
  lookup: Lookup
  inView: InView
  selectedId: string | undefined
  matches: Set<string>
  onSelect: (id: string) => void
}

/** The terms and concepts in view as plain lists: the keyboard and screen-reader alternative to the canvas. */
/** Items rendered at first: thousands of buttons make every re-render slow; the rest are one click away. */
const PAGE = 300

export function ListView({ lookup, inView, selectedId, matches, onSelect }: Props) {
  const m = useMessages()
  const [limit, setLimit] = useState(PAGE)
  // In the URL (`order`), so a shared list opens in the same order.
  const { state, update } = useExplorer()
  const { order } = state
  const algo = useLazy(loadGraphAlgorithms, order === 'learning')
  const { terms, concepts } = useMemo(() => {
    const nodes = [...inView.nodes].flatMap((id) => lookup.nodes.get(id) ?? [])
    const termsIn = nodes.filter((n): n is TermNode => n.kind === 'term')
    // Learning order: every term after the terms its definition mentions (cycles side by side).
    const learning =
      order === 'learning' && algo
        ? algo
            .orderByMentions(
              lookup,
              termsIn.map((t) => t.id),
            )
            .flat()
        : undefined
    return {
      terms: learning ?? termsIn.sort(order === 'importance' ? byImportance : byLabel),
      concepts: nodes.filter((n) => n.kind === 'concept').sort(byLabel),
    }
  }, [lookup, inView, order, algo])
  const item = (n: GNode) => (
    <li key={n.id} className={matches.has(n.id) ? 'match' : undefined}>
      <button
        type="button"
        aria-current={n.id === selectedId ? 'true' : undefined}
        onClick={() => onSelect(n.id)}
      >
        <span className="hit-label">{n.label}</span>
        {n.kind === 'term' && (n.gloss || n.expansion) && (
          <span className="muted">{n.gloss ?? n.expansion}</span>
        )}
        {matches.has(n.id) && <span className="hit-kind">{m.list.matchesSearch}</span>}
      </button>
    </li>
  )
  return (
    <div className="list-view">
      <section aria-labelledby="list-terms-h">
        <h2 id="list-terms-h">{m.list.termsHeading(terms.length)}</h2>
        <fieldset className="list-order">
          <legend>{m.list.order}</legend>
          {LIST_ORDERS.map((o) => (
            <label key={o} className="check">
              <input
                type="radio"
                name="list-order"
                checked={order === o}
                onChange={() => update({ order: o })}
              />
              {m.list.orders[o]}
            </label>
          ))}
        </fieldset>
        {order === 'learning' && <p className="hint">{m.list.learningHint}</p>}
        {order === 'learning' ? (
          <ol>{terms.slice(0, limit).map(item)}</ol>
        ) : (
          <ul>{terms.slice(0, limit).map(item)}</ul>
        )}
        {terms.length > limit && (
          <button type="button" className="button" onClick={() => setLimit((n) => n + 5 * PAGE)}>
            {m.list.more(Math.min(5 * PAGE, terms.length - limit), terms.length)}
          </button>
        )}
      </section>
      {concepts.length > 0 && (
        <section aria-labelledby="list-concepts-h">
          <h2 id="list-concepts-h">{m.list.conceptsHeading(concepts.length)}</h2>
          <ul>{concepts.map(item)}</ul>
        </section>
      )}
    </div>
  )
}
