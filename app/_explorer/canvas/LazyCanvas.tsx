'use client'
import { useEffect, useState } from 'react'
import type { CyGraphProps } from './CyGraph'
import { GraphCanvas } from './GraphCanvas'
import { useCanvasWanted, wantCanvas } from '../handover/first-gesture'

/** Calls `run` once the main thread has a free moment (at the latest after `timeout` ms). */
function whenIdle(run: () => void, timeout: number): () => void {
  // Safari has no requestIdleCallback: a timer after the current work is the nearest thing.
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(run, 1)
    return () => clearTimeout(timer)
  }
  const id = requestIdleCallback(run, { timeout })
  return () => cancelIdleCallback(id)
}

/**
 * The canvas, mounted once it is wanted (first-gesture.ts): until then the static HTML's picture
 * shows the overview. A view the picture is not (a selection, search or filter) needs it at once: `now`.
 * Either way it mounts only after the explorer's first render has had a free moment: creating the
 * Cytoscape core is one long piece of work, and a term the reader clicked on the picture should be
 * in the panel before it starts, not after.
 */
export function LazyCanvas({ now, ...props }: CyGraphProps & { now: boolean }) {
  const wanted = useCanvasWanted()
  const [settled, setSettled] = useState(false)
  useEffect(() => whenIdle(() => setSettled(true), 1000), [])
  useEffect(() => {
    if (now) wantCanvas()
  }, [now])
  return wanted && settled ? <GraphCanvas {...props} /> : null
}
