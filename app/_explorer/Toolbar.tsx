'use client'
import { useMessages } from './messages-context'
import type { RefObject } from 'react'
import Link from 'next/link'
import type { Search } from '@/lib/explorer/search'
import { DEFAULT_STATE, viewPath, type ViewState } from '@/lib/explorer/url-state'
import { useExplorer } from './explorer-context'
import { SearchBox } from './search/SearchBox'
import { ThemeToggle } from '../_components/ThemeToggle'
import { LangSwitch } from './LangSwitch'
import { useMediaQuery } from './use-media-query'
import { LearnMenu } from './learn/LearnMenu'

interface Props {
  search: Search
  inputRef: RefObject<HTMLInputElement | null>
  filtersOpen: boolean
  onToggleFilters: () => void
}

/** Count of filters that differ from the default, shown on the filter button. */
function activeCount(s: ViewState): number {
  return (
    s.concepts.length +
    (s.focus ? 1 : 0) +
    (s.group !== undefined ? 1 : 0) +
    (s.kinds.length !== DEFAULT_STATE.kinds.length ? 1 : 0) +
    (s.hideIsolated ? 1 : 0)
  )
}

/** Top bar: title, search, filter toggle and the graph/list switch. */
export function Toolbar({ search, inputRef, filtersOpen, onToggleFilters }: Props) {
  const { lookup, state, update, selection } = useExplorer()
  const m = useMessages()
  const title = lookup.title
  const n = activeCount(state)
  // On phones the toolbar has no room for a third button (the canvas would shrink): the intro has it.
  const phone = useMediaQuery('(max-width: 767px)')
  return (
    <header className="toolbar">
      <h1 className="brand">
        {/* No prefetch: it is the page the reader is on. */}
        <Link href={viewPath(state.lang ? { lang: state.lang } : {})} prefetch={false}>
          {title}
        </Link>
      </h1>
      <SearchBox
        value={state.q}
        onChange={(q) => update({ q })}
        search={search}
        onPick={(hit, q) => {
          // A picked result moves focus to the panel heading, where reading starts.
          inputRef.current?.blur()
          selection.pick(hit.id, q)
          requestAnimationFrame(() => document.getElementById('panel-title')?.focus({ preventScroll: true }))
        }}
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
          {m.toolbar.filters}
          {n > 0 && <span className="badge">{n}</span>}
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={state.view === 'list'}
          onClick={() => update({ view: state.view === 'list' ? 'graph' : 'list' })}
        >
          {m.toolbar.listView}
        </button>
        <LearnMenu />
        <ThemeToggle m={m.theme} />
        {!phone && <LangSwitch />}
      </div>
    </header>
  )
}
