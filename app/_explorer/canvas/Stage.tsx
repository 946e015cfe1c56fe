'use client'
import { useMessages } from '../messages-context'
import type { KeyboardEvent } from 'react'
import type { Core } from 'cytoscape'
import { CLEAR_FILTERS } from '@/lib/explorer/url-state'
import type { InView } from '@/lib/explorer/view'
import type { ViewGraph } from '@/lib/format/view-graph'
import { useExplorer } from '../explorer-context'
import { LazyCanvas } from './LazyCanvas'
import { ListView } from '../list/ListView'
import { Legend } from './Legend'
import { ZoomControls } from './ZoomControls'
import { ExportMenu } from '../export/ExportMenu'
import { PictureTakeover } from '../handover/PictureTakeover'
import { CompareView } from '../compare/CompareView'
import { TreeView } from '../tree/TreeView'
import { QuizView } from '../quiz/QuizView'
import { LayoutToggle } from './LayoutToggle'

interface Props {
  view: ViewGraph
  inView: InView
  matches: Set<string>
  cy: Core | null
  onCore: (cy: Core | null) => void
  /** Keys of the focused canvas (see use-canvas-keys). */
  onCanvasKey: (e: KeyboardEvent<HTMLElement>) => void
}

/** The main area: the canvas (or its list alternative), legend, zoom controls and empty state. */
export function Stage({ view, inView, matches, cy, onCore, onCanvasKey }: Props) {
  const { lookup, state, update, selection } = useExplorer()
  const m = useMessages()
  const { selectedId, selectNode: onSelect } = selection
  const empty = inView.nodes.size === 0
  // A comparison takes the main area over whichever view it was opened from.
  const main = state.compare.length >= 2 ? 'compare' : state.view
  const canvas = main === 'graph'
  return (
    <main className="stage" aria-label={m.stage.label}>
      <div className="stage-area">
        {main === 'compare' ? (
          <CompareView />
        ) : main === 'tree' ? (
          <TreeView inView={inView} />
        ) : main === 'quiz' ? (
          <QuizView />
        ) : main === 'list' ? (
          <ListView
            lookup={lookup}
            inView={inView}
            selectedId={selectedId}
            matches={matches}
            onSelect={onSelect}
          />
        ) : (
          <div
            className="canvas"
            role="application"
            tabIndex={0}
            onKeyDown={onCanvasKey}
            aria-label={m.stage.canvas(inView.nodes.size)}
          >
            <LazyCanvas
              now={
                selectedId !== undefined ||
                matches.size > 0 ||
                inView.nodes.size !== view.keys.length ||
                state.from !== undefined ||
                state.layout === 'kinds'
              }
              view={view}
              inView={inView}
              selectedId={selectedId}
              focused={state.focus !== undefined}
              matches={matches}
              onNodeTap={onSelect}
              onCore={onCore}
            />
          </div>
        )}
        <PictureTakeover cy={cy} active={canvas} view={view} />
        {canvas && <ZoomControls cy={cy} />}
        {canvas && <LayoutToggle />}
        {canvas && <ExportMenu cy={cy} inView={inView} />}
        {empty && main !== 'compare' && main !== 'quiz' && (
          <div className="empty-state" role="status">
            <p>{m.stage.empty}</p>
            <button type="button" className="button" onClick={() => update(CLEAR_FILTERS)}>
              {m.stage.resetFilters}
            </button>
          </div>
        )}
      </div>
      {/* Below the canvas, not over it, so the legend never hides nodes. */}
      {canvas && !empty && <Legend lookup={lookup} />}
    </main>
  )
}
