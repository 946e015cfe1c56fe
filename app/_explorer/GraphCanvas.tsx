'use client'
import { useMessages } from './messages-context'
import dynamic from 'next/dynamic'

/** Cytoscape needs `window`: load the canvas in the browser only (must sit in a client module). */
const load = () => import('./CyGraph')

/**
 * Starts downloading the canvas code (Cytoscape is most of the page's JavaScript) while the graph
 * is still being fetched, instead of after it arrives.
 */
export const preloadCanvas = () => void load()

export const GraphCanvas = dynamic(load, {
  ssr: false,
  loading: () => <CanvasLoading />,
})

function CanvasLoading() {
  const m = useMessages()
  return (
    <p className="canvas-note" role="status">
      {m.loading.drawing}
    </p>
  )
}
