'use client'
import type { KeyboardEvent } from 'react'
import type { Core } from 'cytoscape'
import { CLEAR_FILTERS } from '@/lib/explorer/url-state'
import type { InView } from '@/lib/explorer/view'
import type { ViewGraph } from '@/lib/format/view-graph'
import { useExplorer } from './explorer-context'
import { LazyCanvas } from './LazyCanvas'
import { ListView } from './ListView'
import { Legend } from './Legend'
import { ZoomControls } from './ZoomControls'
import { ExportMenu } from './ExportMenu'
import { PreviewTakeover } from './PreviewTakeover'

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
  const { selectedId, selectNode: onSelect } = selection
  const empty = inView.nodes.size === 0
  return (
    <main className="stage" aria-label="术语图谱">
      <div className="stage-area">
        {state.list ? (
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
            aria-label={`术语关系图，显示 ${inView.nodes.size} 个节点。方向键移到相邻术语，Enter 打开详情，加号和减号缩放，Shift 加方向键平移，Esc 取消选择。也可切换到列表视图。`}
          >
            <LazyCanvas
              now={
                selectedId !== undefined ||
                matches.size > 0 ||
                inView.nodes.size !== view.keys.length ||
                state.from !== undefined
              }
              view={view}
              inView={inView}
              selectedId={selectedId}
              matches={matches}
              onNodeTap={onSelect}
              onCore={onCore}
            />
          </div>
        )}
        <PreviewTakeover cy={cy} active={!state.list} />
        {!state.list && <ZoomControls cy={cy} />}
        {!state.list && <ExportMenu cy={cy} inView={inView} />}
        {empty && (
          <div className="empty-state" role="status">
            <p>当前筛选条件下没有术语。</p>
            <button type="button" className="button" onClick={() => update(CLEAR_FILTERS)}>
              重置筛选
            </button>
          </div>
        )}
      </div>
      {/* Below the canvas, not over it, so the legend never hides nodes. */}
      {!state.list && !empty && <Legend lookup={lookup} />}
    </main>
  )
}
