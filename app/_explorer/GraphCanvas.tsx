'use client'
import dynamic from 'next/dynamic'

/** Cytoscape needs `window`: load the canvas in the browser only (must sit in a client module). */
export const GraphCanvas = dynamic(() => import('./CyGraph'), {
  ssr: false,
  loading: () => (
    <p className="canvas-note" role="status">
      正在绘制图谱…
    </p>
  ),
})
