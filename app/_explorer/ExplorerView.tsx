'use client'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Core } from 'cytoscape'
import { conceptKey } from '@/lib/format/keys'
import type { Lookup } from '@/lib/explorer/lookup'
import { createSearch, type Hit } from '@/lib/explorer/search'
import { computeView } from '@/lib/explorer/view'
import type { ViewGraph } from '@/lib/format/view-graph'
import { useView } from './use-view'
import { useShortcuts } from './use-shortcuts'
import { Toolbar } from './Toolbar'
import { Notices } from './Notices'
import { ActiveFilters } from './ActiveFilters'
import { FilterPanel } from './FilterPanel'
import { Stage } from './Stage'
import { DetailPanel } from './DetailPanel'

interface Props {
  lookup: Lookup
  /** What the canvas draws (stable across the lean → full switch, so the canvas is built once). */
  view: ViewGraph
  /** False while only the lean graph is loaded: no definitions, evidence or search keys yet. */
  complete: boolean
}

/** The explorer once the graph is loaded: wires URL state to the toolbar, canvas/list and panel. */
export function ExplorerView({ lookup, view, complete }: Props) {
  const { state, problems, update } = useView(lookup)
  const [filtersOpen, setFiltersOpen] = useState(false)
  const [cy, setCy] = useState<Core | null>(null)
  const searchInput = useRef<HTMLInputElement>(null)
  const search = useMemo(() => createSearch([...lookup.nodes.values()]), [lookup])
  // Build the search index in idle chunks once the full graph is here, not on the first keystroke.
  useEffect(() => {
    if (complete) void search.warm()
  }, [search, complete])
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
  const pick = useCallback(
    (hit: Hit, q: string) => {
      const n = lookup.nodes.get(hit.id)
      if (!n) return
      update(
        n.kind === 'term' ? { term: n.slug, concept: undefined, q } : { term: undefined, concept: n.slug, q },
        'push',
      )
    },
    [lookup, update],
  )
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
          view={view}
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
