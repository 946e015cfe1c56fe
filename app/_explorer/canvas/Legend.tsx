'use client'
import { useMessages } from '../messages-context'
import { useMemo, useState } from 'react'
import { legendOf } from '@/lib/explorer/legend'
import type { Lookup } from '@/lib/explorer/lookup'
import { useMediaQuery } from '../use-media-query'
import { useExplorer } from '../explorer-context'
import { LegendKinds } from '../../_components/LegendKinds'
import { relationsInGraph } from '@/lib/explorer/typed-relations'
import type { EdgeRelation } from '@/lib/format/types'

/** A short sample of how an edge of this relation is drawn on the canvas (cy-style.ts). */
function RelationSample({ relation }: { relation: EdgeRelation }) {
  const line = { stroke: 'currentColor', strokeWidth: relation === 'based-on' ? 2.6 : 1.8 }
  const dots = relation === 'contrast' ? { strokeDasharray: '2 2' } : {}
  return (
    <>
      <line x1="3" y1="6" x2="28" y2="6" {...line} {...dots} />
      {relation === 'is-a' && <path d="M28 2 L35 6 L28 10 Z" fill="var(--bg)" stroke="currentColor" />}
      {relation === 'part-of' && <path d="M27 6 L31 2 L35 6 L31 10 Z" fill="currentColor" />}
      {relation === 'based-on' && (
        <path d="M28 2 L34 6 L28 10" fill="none" stroke="currentColor" strokeWidth="2" />
      )}
      {relation === 'contrast' && <path d="M2 2 L2 10 M34 2 L34 10" stroke="currentColor" strokeWidth="2" />}
      {relation === 'same-as' && (
        <>
          <circle cx="4" cy="6" r="2.5" fill="currentColor" />
          <circle cx="32" cy="6" r="2.5" fill="currentColor" />
        </>
      )}
    </>
  )
}

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
        <LegendKinds m={m.legend} />
        {relations.map((r) => (
          <li key={r} data-legend-relation={r}>
            <svg className="relation-sample" viewBox="0 0 36 12" aria-hidden="true">
              <RelationSample relation={r} />
            </svg>
            {m.legend.relations[r]}
          </li>
        ))}
        <li>
          <span className="swatch known-sample" aria-hidden="true" />
          {m.legend.known}
        </li>
      </ul>
    </details>
  )
}
