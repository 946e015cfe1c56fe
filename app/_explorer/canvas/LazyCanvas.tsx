'use client'
import { useEffect } from 'react'
import type { CyGraphProps } from './CyGraph'
import { GraphCanvas } from './GraphCanvas'
import { useCanvasWanted, wantCanvas } from '../handover/first-gesture'

/**
 * The canvas, mounted once it is wanted (first-gesture.ts): until then the static HTML's picture
 * shows the overview. A view the picture is not (a selection, search or filter) needs it at once: `now`.
 */
export function LazyCanvas({ now, ...props }: CyGraphProps & { now: boolean }) {
  const wanted = useCanvasWanted()
  useEffect(() => {
    if (now) wantCanvas()
  }, [now])
  return wanted ? <GraphCanvas {...props} /> : null
}
