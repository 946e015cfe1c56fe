'use client'
import { useEffect, useMemo, useRef } from 'react'
import { byLabel, membersOf } from '@/lib/explorer/lookup'
import { CLEAR_FILTERS } from '@/lib/explorer/url-state'
import type { EdgeKind } from '@/lib/format/types'
import { useExplorer } from './explorer-context'

interface Props {
  onClose: () => void
}

const toggle = <T,>(list: T[], item: T) =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item]

/** All filters as native form controls (keyboard and screen-reader friendly); changes replace history. */
export function FilterPanel({ onClose }: Props) {
  const { lookup, state, update } = useExplorer()
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
          筛选
        </h2>
        <button type="button" className="icon-button" aria-label="关闭筛选" onClick={onClose}>
          ×
        </button>
      </div>
      <fieldset>
        <legend>聚焦术语的邻域</legend>
        <select
          aria-label="聚焦术语"
          value={state.focus ?? ''}
          onChange={(e) => update({ focus: e.target.value || undefined })}
        >
          <option value="">（不聚焦）</option>
          {termOptions}
        </select>
        <div className="radios" role="radiogroup" aria-label="邻域深度">
          {([1, 2, 3] as const).map((d) => (
            <label key={d} className="check">
              <input
                type="radio"
                name="depth"
                checked={state.depth === d}
                onChange={() => update({ depth: d })}
              />
              {d} 层
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>关系类型</legend>
        {kind('mention', '提及（定义中提到）')}
        {kind('concept', '共同概念（显示概念节点）')}
        <label className="check">
          <input
            type="checkbox"
            checked={state.hideIsolated}
            onChange={() => update({ hideIsolated: !state.hideIsolated })}
          />
          隐藏孤立术语
        </label>
      </fieldset>
      <fieldset className="concept-list">
        <legend>概念（任选其一即显示）</legend>
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
        重置筛选
      </button>
    </section>
  )
}
