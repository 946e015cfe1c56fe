'use client'
import { useMessages } from '../messages-context'
import type { Core } from 'cytoscape'
import { fitViewport } from './use-camera'

const STEP = 1.3

/** Zoom in/out around the canvas centre and fit what is in view. */
export function ZoomControls({ cy }: { cy: Core | null }) {
  const m = useMessages()
  const zoomBy = (factor: number) => {
    if (!cy) return
    const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor))
    cy.animate({
      zoom: { level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } },
      duration: 150,
    })
  }
  const fit = () => cy?.animate({ ...fitViewport(cy), duration: 250 })
  return (
    <div className="zoom-controls" role="group" aria-label={m.zoom.group}>
      <button
        type="button"
        onClick={() => zoomBy(STEP)}
        disabled={!cy}
        aria-label={m.zoom.in}
        title={m.zoom.in}
      >
        +
      </button>
      <button
        type="button"
        onClick={() => zoomBy(1 / STEP)}
        disabled={!cy}
        aria-label={m.zoom.out}
        title={m.zoom.out}
      >
        −
      </button>
      <button type="button" onClick={fit} disabled={!cy} aria-label={m.zoom.fit} title={m.zoom.fit}>
        ⤢
      </button>
    </div>
  )
}
