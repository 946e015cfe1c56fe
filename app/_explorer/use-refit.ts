'use client'
import { useEffect } from 'react'
import type { Core } from 'cytoscape'
import { fitViewport } from './use-camera'

/**
 * Any change in the canvas's size (the filter sheet, the panel, the window) refits the visible
 * graph, so no visible node ends up outside the canvas. The size the canvas starts with is not a
 * change: the first camera placement is the view's own.
 */
export function useRefit(cy: Core | null) {
  useEffect(() => {
    const box = cy?.container()
    if (!cy || !box) return
    let last = { w: box.clientWidth, h: box.clientHeight }
    let frame = 0
    const observer = new ResizeObserver(() => {
      const now = { w: box.clientWidth, h: box.clientHeight }
      if (now.w === last.w && now.h === last.h) return
      last = now
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        // The canvas is being taken down (list view): nothing to fit.
        if (cy.destroyed() || !box.isConnected) return
        cy.resize()
        cy.stop()
        cy.viewport(fitViewport(cy))
      })
    })
    observer.observe(box)
    return () => {
      observer.disconnect()
      cancelAnimationFrame(frame)
    }
  }, [cy])
}
