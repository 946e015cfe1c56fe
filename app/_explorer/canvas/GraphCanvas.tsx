'use client'
import { useMessages } from '../messages-context'
import type { CyGraphProps } from './CyGraph'
import { useLazy } from '../use-lazy'
import type { ViewGraph } from '@/lib/format/view-graph'

/** Cytoscape needs `window`: the canvas module is loaded in the browser only. */
const load = () => import('./CyGraph')

/**
 * Starts downloading the canvas code (Cytoscape is most of the page's JavaScript) while the graph
 * is still being fetched, instead of after it arrives.
 */
export const preloadCanvas = () => void load()

/**
 * The canvas once its module has arrived. Not next/dynamic: its Suspense boundary makes React hold
 * a resolved reveal back for up to 300 ms after the fallback showed (React's fallback throttle),
 * which was a third of the time to an interactive graph.
 */
export function GraphCanvas(props: CyGraphProps) {
  const canvas = useLazy(load)
  if (!canvas) return <CanvasLoading />
  const CyGraph = canvas.default
  return <CyGraph key={graphKey(props.view)} {...props} />
}

/**
 * One core per graph: a different graph (a stale graph-view.json replaced by graph.json) mounts a
 * new canvas instead of letting react-cytoscapejs patch the live one, whose patch cannot reach the
 * elements a filter has taken off the canvas (lib/explorer/off-canvas.ts).
 */
const graphKeys = new WeakMap<ViewGraph, number>()
let lastKey = 0
function graphKey(view: ViewGraph): number {
  let key = graphKeys.get(view)
  if (key === undefined) graphKeys.set(view, (key = ++lastKey))
  return key
}

function CanvasLoading() {
  const m = useMessages()
  return (
    <p className="canvas-note" role="status">
      {m.loading.drawing}
    </p>
  )
}
