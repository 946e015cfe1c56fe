'use client'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Core } from 'cytoscape'
import { conceptKey } from '@/lib/keys'
import type { Lookup } from '@/lib/lookup'
import { createSearch, type Hit } from '@/lib/search'
import { computeView } from '@/lib/view'
import { useView } from './use-view'
import { useShortcuts } from './use-shortcuts'
import { Toolbar } from './Toolbar'
import { Notices } from './Notices'
import { ActiveFilters } from './ActiveFilters'
import { FilterPanel } from './FilterPanel'
import { Stage } from './Stage'
import { DetailPanel } from './DetailPanel'

/** The explorer once the graph is loaded: wires URL state to the toolbar, canvas/list and panel. */
export function ExplorerView({ lookup }: { lookup: Lookup }) {
  const { state, problems, update } = useView(lookup)
  const [filtersOpen, setFiltersOpen] = useState(false)
  const [cy, setCy] = useState<Core | null>(null)
  const searchInput = useRef<HTMLInputElement>(null)
  const search = useMemo(() => createSearch([...lookup.nodes.values()]), [lookup])
  const { focus, depth, concepts, kinds, hideIsolated, q } = state
  const inView = useMemo(
    () => computeView(lookup, { ...(focus ? { focus } : {}), depth, concepts, kinds, hideIsolated }),
    [lookup, focus, depth, concepts, kinds, hideIsolated],
  )
  const matches = useMemo(() => new Set(q.trim() ? search(q, 30).map((h) => h.id) : []), [search, q])
  const selectedId = state.term ?? (state.concept ? conceptKey(state.concept) : undefined)

  // Selecting is navigation (push, so Back returns); filters replace the current entry.
  const selectTerm = useCallback(
    (slug: string) => update({ term: slug, concept: undefined }, 'push'),
    [update],
  )
  const selectConcept = useCallback(
    (slug: string) => update({ term: undefined, concept: slug }, 'push'),
    [update],
  )
  const selectNode = useCallback(
    (id: string) => {
      const n = lookup.nodes.get(id)
      if (n?.kind === 'term') selectTerm(n.slug)
      else if (n) selectConcept(n.slug)
    },
    [lookup, selectTerm, selectConcept],
  )
  const pick = useCallback((hit: Hit) => selectNode(hit.id), [selectNode])
  const closePanel = useCallback(() => {
    if (state.term !== undefined || state.concept !== undefined)
      update({ term: undefined, concept: undefined }, 'push')
  }, [state.term, state.concept, update])
  useShortcuts(() => searchInput.current?.focus(), filtersOpen ? () => setFiltersOpen(false) : closePanel)

  const selected = selectedId ? lookup.nodes.get(selectedId) : undefined
  useEffect(() => {
    document.title = selected ? `${selected.label} · ${lookup.title}` : lookup.title
  }, [selected, lookup.title])

  return (
    <div className="explorer">
      <Toolbar
        title={lookup.title}
        state={state}
        update={update}
        search={search}
        onPick={pick}
        inputRef={searchInput}
        filtersOpen={filtersOpen}
        onToggleFilters={() => setFiltersOpen((o) => !o)}
      />
      <Notices problems={problems} />
      <ActiveFilters lookup={lookup} state={state} update={update} />
      <div className="stage-row">
        {filtersOpen && (
          <FilterPanel lookup={lookup} state={state} update={update} onClose={() => setFiltersOpen(false)} />
        )}
        <Stage
          lookup={lookup}
          state={state}
          update={update}
          inView={inView}
          matches={matches}
          selectedId={selectedId}
          onSelect={selectNode}
          cy={cy}
          onCore={setCy}
        />
        <DetailPanel
          lookup={lookup}
          state={state}
          update={update}
          selected={selected}
          selectedInView={selectedId !== undefined && inView.nodes.has(selectedId)}
          onSelectTerm={selectTerm}
          onSelectConcept={selectConcept}
          onClose={closePanel}
        />
      </div>
    </div>
  )
}
