'use client'
import { useEffect } from 'react'
import type { Core } from 'cytoscape'
import { fitViewport } from './use-camera'
import { keepLabelsReadable } from '../handover/use-first-view'

/** Whether every visible node is drawn inside a canvas of this size (rendered positions do not change with it). */
export function allInside(cy: Core, size: { w: number; h: number }): boolean {
  const bb = cy.nodes(':visible').renderedBoundingBox({ includeLabels: false })
  return bb.w === 0 || (bb.x1 >= 0 && bb.y1 >= 0 && bb.x2 <= size.w && bb.y2 <= size.h)
}

/**
 * A change in the canvas's size (the filter sheet, the panel, the window) refits the visible graph
 * when it pushed nodes out: a view that showed every node keeps showing every node. A view the
 * reader zoomed into, or one that still fits, is left alone (no jump). The size the canvas starts
 * with is not a change: the first camera placement is the view's own.
 */
export function useRefit(cy: Core | null, map: boolean) {
  useEffect(() => {
    const box = cy?.container()
    if (!cy || !box) return
    let last = { w: box.clientWidth, h: box.clientHeight }
    let frame = 0
    const observer = new ResizeObserver(() => {
      const now = { w: box.clientWidth, h: box.clientHeight }
      if (now.w === last.w && now.h === last.h) return
      const previous = last
      last = now
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        // The canvas is being taken down (list view): nothing to fit.
        if (cy.destroyed() || !box.isConnected) return
        cy.resize()
        if (!allInside(cy, previous) || allInside(cy, now)) return
        cy.stop()
        cy.viewport(fitViewport(cy))
        if (!map) keepLabelsReadable(cy)
      })
    })
    observer.observe(box)
    return () => {
      observer.disconnect()
      cancelAnimationFrame(frame)
    }
  }, [cy, map])
}
