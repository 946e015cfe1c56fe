'use client'
import { useMessages } from '../messages-context'
import { useMemo, useState } from 'react'
import { legendOf } from '@/lib/explorer/legend'
import type { Lookup } from '@/lib/explorer/lookup'
import { useMediaQuery } from '../use-media-query'
import { useExplorer } from '../explorer-context'
import { LegendKinds } from '../../_components/LegendKinds'
import { relationsInGraph } from '@/lib/explorer/typed-relations'

/** Colour key for communities plus node and edge kinds. Collapsed by default on small screens. */
export function Legend({ lookup }: { lookup: Lookup }) {
  const entries = useMemo(() => legendOf(lookup), [lookup])
  const relations = useMemo(() => relationsInGraph(lookup), [lookup])
  const { state, update } = useExplorer()
  const m = useMessages()
  const wide = useMediaQuery('(min-width: 768px)')
  // Open on wide screens until the user toggles it; then the user's choice wins.
  const [userOpen, setUserOpen] = useState<boolean | null>(null)
  const open = userOpen ?? wide
  return (
    <details className="legend" open={open} onToggle={(e) => setUserOpen(e.currentTarget.open)}>
      <summary>
        {m.legend.title}
        <span className="legend-note">{m.legend.note}</span>
      </summary>
      <ul>
        {entries.map((e) => (
          <li key={e.community}>
            {/* A group filters the graph to it; pressing it again shows everything. */}
            <button
              type="button"
              className="legend-group"
              aria-pressed={state.group === e.community}
              onClick={() => update({ group: state.group === e.community ? undefined : e.community })}
            >
              <span className="swatch" style={{ background: e.color }} aria-hidden="true" />
              {e.name} <span className="muted">{e.size}</span>
            </button>
          </li>
        ))}
        <LegendKinds m={m.legend} relations={relations} />
      </ul>
    </details>
  )
}
