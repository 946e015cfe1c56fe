'use client'
import type { RefObject } from 'react'
import Link from 'next/link'
import type { Hit, Search } from '@/lib/explorer/search'
import { DEFAULT_STATE, type ViewState } from '@/lib/explorer/url-state'
import type { Update } from './use-view'
import { SearchBox } from './SearchBox'

interface Props {
  title: string
  state: ViewState
  update: Update
  search: Search
  onPick: (hit: Hit, q: string) => void
  inputRef: RefObject<HTMLInputElement | null>
  filtersOpen: boolean
  onToggleFilters: () => void
}

/** Count of filters that differ from the default, shown on the filter button. */
function activeCount(s: ViewState): number {
  return (
    s.concepts.length +
    (s.focus ? 1 : 0) +
    (s.kinds.length !== DEFAULT_STATE.kinds.length ? 1 : 0) +
    (s.hideIsolated ? 1 : 0)
  )
}

/** Top bar: title, search, filter toggle and the graph/list switch. */
export function Toolbar({
  title,
  state,
  update,
  search,
  onPick,
  inputRef,
  filtersOpen,
  onToggleFilters,
}: Props) {
  const n = activeCount(state)
  return (
    <header className="toolbar">
      <h1 className="brand">
        <Link href="/">{title}</Link>
      </h1>
      <SearchBox
        value={state.q}
        onChange={(q) => update({ q })}
        search={search}
        onPick={onPick}
        inputRef={inputRef}
      />
      <div className="toolbar-actions">
        <button
          type="button"
          className="button"
          aria-expanded={filtersOpen}
          aria-controls="filters"
          onClick={onToggleFilters}
        >
          筛选{n > 0 && <span className="badge">{n}</span>}
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={state.list}
          onClick={() => update({ list: !state.list })}
        >
          列表视图
        </button>
      </div>
    </header>
  )
}
