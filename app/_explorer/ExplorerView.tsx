'use client'
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Core } from 'cytoscape'
import { allEdges, type Lookup } from '@/lib/explorer/lookup'
import { createSearch } from '@/lib/explorer/search'
import { computeView } from '@/lib/explorer/view'
import { isMap } from '@/lib/explorer/groups'
import type { ViewGraph } from '@/lib/format/view-graph'
import { useView } from './use-view'
import { useSelection } from './use-selection'
import { ExplorerProvider } from './explorer-context'
import { useShortcuts } from './use-shortcuts'
import { usePathOnCanvas } from './canvas/use-path-on-canvas'
import { Toolbar } from './Toolbar'
import { Notices } from './Notices'
import { ActiveFilters } from './filters/ActiveFilters'
import { FilterPanel } from './filters/FilterPanel'
import { Stage } from './canvas/Stage'
import { DetailPanel } from './panel/DetailPanel'
// Floating UI loads after the page, with the canvas's preview.
const CanvasHoverCard = lazy(() => import('./hover-card/CanvasHoverCard'))
import { useCanvasKeys } from './canvas/use-canvas-keys'
import { useSelectionLook } from './canvas/use-selection-look'
import { useRefit } from './canvas/use-refit'
import { useFirstView } from './handover/use-first-view'
import { useLabelCollisions } from './canvas/use-label-collisions'
import { useFilteredLayout } from './canvas/use-filtered-layout'
import { useKnownLook } from './canvas/use-known-look'
import { useKnown } from './learn/use-known'
import { useReturnFocus } from './use-return-focus'
import { Announcer } from './Announcer'

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
  const selection = useSelection(lookup, state, update)
  const [filtersOpen, setFiltersOpen] = useState(false)
  const [cy, setCy] = useState<Core | null>(null)
  const searchInput = useRef<HTMLInputElement>(null)
  const search = useMemo(() => createSearch([...lookup.nodes.values()], allEdges(lookup)), [lookup])
  // Build the search index in idle chunks once the full graph is here, not on the first keystroke.
  useEffect(() => {
    if (complete) void search.warm()
  }, [search, complete])
  // Fetch the preview code once the page is up, so a link never swaps under the reader's focus.
  useEffect(() => {
    if (complete) void import('./hover-card/TermLinkWithCard')
  }, [complete])
  const { focus, depth, concepts, kinds, hideIsolated, q, group } = state
  const inView = useMemo(
    () =>
      computeView(lookup, {
        ...(focus ? { focus } : {}),
        ...(group !== undefined ? { group } : {}),
        depth,
        concepts,
        kinds,
        hideIsolated,
      }),
    [lookup, focus, group, depth, concepts, kinds, hideIsolated],
  )
  const matches = useMemo(() => new Set(q.trim() ? search(q, 30).map((h) => h.id) : []), [search, q])
  const { selected, selectedId } = selection
  const map = isMap(view)
  useFirstView(cy, selectedId, map)
  usePathOnCanvas(cy, lookup, selection.path, inView)
  useLabelCollisions(cy, `${selectedId}|${selection.path?.from}|${selection.path?.to}`)
  useSelectionLook(cy, selectedId, inView, selection.clear)
  useRefit(cy, map)
  // On the map of a big glossary, concept and group filters keep every node in its group's region
  // (the map is the point: where a concept's terms lie); a focus is laid out around its term.
  // The kinds layout draws what the extractor typed: is-a and based-on edges, and each term's edge
  // to the concept its genus names.
  const kindEdges = useMemo(
    () =>
      state.layout === 'kinds'
        ? new Set(
            allEdges(lookup)
              .filter((e) => {
                if (e.kind === 'mention') return e.relation === 'is-a' || e.relation === 'based-on'
                const source = lookup.nodes.get(e.source)
                return source?.kind === 'term' && source.genusTarget === e.target
              })
              .map((e) => e.id),
          )
        : undefined,
    [lookup, state.layout],
  )
  useFilteredLayout(cy, focus, !map && (concepts.length > 0 || group !== undefined), inView.nodes, kindEdges)
  const { known } = useKnown(lookup)
  useKnownLook(cy, lookup, known)
  const onCanvasKey = useCanvasKeys(cy, selection)
  const canvasOrSearch = useCallback(
    () => document.querySelector<HTMLElement>('[role="application"]') ?? searchInput.current,
    [],
  )
  const returnFocus = useReturnFocus('.panel', canvasOrSearch)
  useShortcuts(
    () => searchInput.current?.focus(),
    filtersOpen ? () => setFiltersOpen(false) : () => returnFocus(selection.clear),
  )

  useEffect(() => {
    const path = selection.path
    const name = path ? `${path.from} ↔ ${path.to}` : selected?.label
    document.title = name ? `${name} · ${lookup.title}` : lookup.title
  }, [selected, selection.path, lookup.title])
  const context = useMemo(
    () => ({ lookup, state, update, selection, search, complete }),
    [lookup, state, update, selection, search, complete],
  )

  return (
    <ExplorerProvider value={context}>
      <div className="explorer">
        <Toolbar
          search={search}
          inputRef={searchInput}
          filtersOpen={filtersOpen}
          onToggleFilters={() => setFiltersOpen((o) => !o)}
        />
        <Notices problems={problems} />
        <ActiveFilters />
        <div className="stage-row">
          {filtersOpen && <FilterPanel onClose={() => setFiltersOpen(false)} />}
          <Stage
            view={view}
            inView={inView}
            matches={matches}
            cy={cy}
            onCore={setCy}
            onCanvasKey={onCanvasKey}
          />
          <DetailPanel selectedInView={selectedId !== undefined && inView.nodes.has(selectedId)} />
        </div>
        {state.view === 'graph' && state.compare.length === 0 && cy && (
          <Suspense fallback={null}>
            <CanvasHoverCard cy={cy} />
          </Suspense>
        )}
        <Announcer />
      </div>
    </ExplorerProvider>
  )
}
