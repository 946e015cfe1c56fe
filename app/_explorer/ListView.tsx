'use client'
import { useMemo, useState } from 'react'
import { byLabel, type GNode, type Lookup } from '@/lib/explorer/lookup'
import type { InView } from '@/lib/explorer/view'

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
  const [limit, setLimit] = useState(PAGE)
  const { terms, concepts } = useMemo(() => {
    const nodes = [...inView.nodes].flatMap((id) => lookup.nodes.get(id) ?? []).sort(byLabel)
    return {
      terms: nodes.filter((n) => n.kind === 'term'),
      concepts: nodes.filter((n) => n.kind === 'concept'),
    }
  }, [lookup, inView])
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
        {matches.has(n.id) && <span className="hit-kind">匹配搜索</span>}
      </button>
    </li>
  )
  return (
    <div className="list-view">
      <section aria-labelledby="list-terms-h">
        <h2 id="list-terms-h">当前视图中的 {terms.length} 个术语</h2>
        <ul>{terms.slice(0, limit).map(item)}</ul>
        {terms.length > limit && (
          <button type="button" className="button" onClick={() => setLimit((n) => n + 5 * PAGE)}>
            再显示 {Math.min(5 * PAGE, terms.length - limit)} 个（共 {terms.length} 个）
          </button>
        )}
      </section>
      {concepts.length > 0 && (
        <section aria-labelledby="list-concepts-h">
          <h2 id="list-concepts-h">{concepts.length} 个概念</h2>
          <ul>{concepts.map(item)}</ul>
        </section>
      )}
    </div>
  )
}
