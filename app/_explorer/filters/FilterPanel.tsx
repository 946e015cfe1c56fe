'use client'
import { useMessages } from '../messages-context'
import { useEffect, useMemo, useRef } from 'react'
import { byLabel, membersOf } from '@/lib/explorer/lookup'
import { CLEAR_FILTERS } from '@/lib/explorer/url-state'
import type { EdgeKind } from '@/lib/format/types'
import { useExplorer } from '../explorer-context'

interface Props {
  onClose: () => void
}

const toggle = <T,>(list: T[], item: T) =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item]

/** All filters as native form controls (keyboard and screen-reader friendly); changes replace history. */
export function FilterPanel({ onClose }: Props) {
  const { lookup, state, update } = useExplorer()
  const m = useMessages()
  const heading = useRef<HTMLHeadingElement>(null)
  // Opening the filters moves focus into them.
  useEffect(() => heading.current?.focus(), [])
  const concepts = useMemo(
    () =>
      [...lookup.concepts.values()]
        .map((c) => ({ c, n: membersOf(lookup, c.id).length }))
        .sort((a, b) => b.n - a.n || byLabel(a.c, b.c)),
    [lookup],
  )
  // Built once per graph: re-creating thousands of <option>s on every filter change cost more than the filter.
  const termOptions = useMemo(
    () =>
      [...lookup.terms.values()].sort(byLabel).map((t) => (
        <option key={t.id} value={t.slug}>
          {t.label}
          {t.gloss ? ` ${t.gloss}` : ''}
        </option>
      )),
    [lookup],
  )
  const kind = (k: EdgeKind, label: string) => (
    <label className="check">
      <input
        type="checkbox"
        checked={state.kinds.includes(k)}
        onChange={() => update({ kinds: toggle(state.kinds, k) })}
      />
      {label}
    </label>
  )
  return (
    <section id="filters" className="filter-panel" aria-labelledby="filters-h">
      <div className="panel-head">
        <h2 id="filters-h" ref={heading} tabIndex={-1}>
          {m.filters.title}
        </h2>
        <button type="button" className="icon-button" aria-label={m.filters.close} onClick={onClose}>
          ×
        </button>
      </div>
      <fieldset>
        <legend>{m.filters.focusLegend}</legend>
        <select
          aria-label={m.filters.focusLabel}
          value={state.focus ?? ''}
          onChange={(e) => update({ focus: e.target.value || undefined })}
        >
          <option value="">{m.filters.noFocus}</option>
          {termOptions}
        </select>
        <div className="radios" role="radiogroup" aria-label={m.filters.depth}>
          {([1, 2, 3] as const).map((d) => (
            <label key={d} className="check">
              <input
                type="radio"
                name="depth"
                checked={state.depth === d}
                onChange={() => update({ depth: d })}
              />
              {m.filters.depthN(d)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{m.filters.kinds}</legend>
        {kind('mention', m.filters.kindMention)}
        {kind('concept', m.filters.kindConcept)}
        <label className="check">
          <input
            type="checkbox"
            checked={state.hideIsolated}
            onChange={() => update({ hideIsolated: !state.hideIsolated })}
          />
          {m.filters.hideIsolated}
        </label>
      </fieldset>
      <fieldset className="concept-list">
        <legend>{m.filters.concepts}</legend>
        {concepts.map(({ c, n }) => (
          <label key={c.id} className="check">
            <input
              type="checkbox"
              checked={state.concepts.includes(c.slug)}
              onChange={() => update({ concepts: toggle(state.concepts, c.slug) })}
            />
            {c.label}
            <span className="muted"> {n}</span>
          </label>
        ))}
      </fieldset>
      <button type="button" className="button" onClick={() => update(CLEAR_FILTERS)}>
        {m.filters.reset}
      </button>
    </section>
  )
}
