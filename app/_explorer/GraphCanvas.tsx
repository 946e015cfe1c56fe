'use client'
import { useMessages } from './messages-context'
import type { CyGraphProps } from './CyGraph'
import { useLazy } from './use-lazy'

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
  return <CyGraph {...props} />
}

function CanvasLoading() {
  const m = useMessages()
  return (
    <p className="canvas-note" role="status">
      {m.loading.drawing}
    </p>
  )
}
