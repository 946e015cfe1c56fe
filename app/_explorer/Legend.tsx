'use client'
import { useMemo, useState } from 'react'
import { legendOf } from '@/lib/explorer/legend'
import type { Lookup } from '@/lib/explorer/lookup'
import { useMediaQuery } from './use-media-query'
import { useExplorer } from './explorer-context'

/** Colour key for communities plus node and edge kinds. Collapsed by default on small screens. */
export function Legend({ lookup }: { lookup: Lookup }) {
  const entries = useMemo(() => legendOf(lookup), [lookup])
  const { state, update } = useExplorer()
  const wide = useMediaQuery('(min-width: 768px)')
  // Open on wide screens until the user toggles it; then the user's choice wins.
  const [userOpen, setUserOpen] = useState<boolean | null>(null)
  const open = userOpen ?? wide
  return (
    <details className="legend" open={open} onToggle={(e) => setUserOpen(e.currentTarget.open)}>
      <summary>
        图例
        <span className="legend-note">
          ：颜色表示术语分组（以成员共有的概念或最核心的术语命名），点击分组只看它
        </span>
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
        <li>
          <span className="swatch diamond" aria-hidden="true" />
          概念（菱形）
        </li>
        <li>
          <span className="line arrow" aria-hidden="true" />
          提及（箭头指向被提及的术语）
        </li>
        <li>
          <span className="line dashed" aria-hidden="true" />
          属于概念
        </li>
      </ul>
    </details>
  )
}
