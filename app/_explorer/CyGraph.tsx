'use client'
import { useEffect, useRef, useState } from 'react'
import cytoscape, { type Core } from 'cytoscape'
import { toElements } from '@/lib/elements'
import type { InView } from '@/lib/view'
import type { ViewGraph } from '@/lib/view-graph'
import { stylesheetFor } from './cy-style'
import { useCamera } from './use-camera'
import { useHover } from './use-hover'
import { syncClass } from './classes'

declare global {
  interface Window {
    /** The Cytoscape core, for end-to-end tests (node ids = graph.json keys). */
    cy?: Core
  }
}

export interface CyGraphProps {
  view: ViewGraph
  inView: InView
  selectedId: string | undefined
  matches: Set<string>
  onNodeTap: (id: string) => void
  onCore: (cy: Core | null) => void
}

/** Above this many edges the canvas switches to its cheap mode (see `options`). */
const BIG_EDGES = 2000

/**
 * The graph canvas: a thin wrapper that creates the Cytoscape core once per graph. It replaces
 * react-cytoscapejs, which re-diffed every element on each render (every keystroke, every
 * filter) and could not pass render options.
 */
export default function CyGraph({ view, inView, selectedId, matches, onNodeTap, onCore }: CyGraphProps) {
  const box = useRef<HTMLDivElement>(null)
  const [cy, setCy] = useState<Core | null>(null)
  const tap = useRef(onNodeTap)
  useEffect(() => {
    tap.current = onNodeTap
  }, [onNodeTap])

  useEffect(() => {
    const container = box.current
    if (!container) return
    const { nodes, edges } = toElements(view)
    const big = edges.length > BIG_EDGES
    // Every element goes in here, none later: elements added after the first render (tried: the
    // concept edges in idle chunks) left Cytoscape drawing at 2 fps at 5,000 terms.
    const core = cytoscape({
      container,
      elements: [...nodes, ...edges],
      style: stylesheetFor(big),
      layout: { name: 'preset', fit: false },
      minZoom: 0.15,
      maxZoom: 4,
      boxSelectionEnabled: false,
      autoungrabify: true,
      autounselectify: true,
      // Big graphs: no edges while panning/zooming, at 1 device pixel. Not textureOnViewport: its
      // texture is redrawn on every zoom step after measuring every label (2 fps at 5,000 terms).
      hideEdgesOnViewport: big,
      // Labels too: zoomed in, hundreds of outlined labels per frame dropped panning to ~5 fps.
      hideLabelsOnViewport: big,
      motionBlur: false,
      ...(big ? { pixelRatio: 1 } : {}),
    })
    setCy(core)
    return () => {
      core.destroy()
      setCy(null)
    }
  }, [view])

  useEffect(() => {
    if (!cy) return
    window.cy = cy
    onCore(cy)
    const onTap = (e: { target: { id: () => string } }) => tap.current(e.target.id())
    cy.on('tap', 'node', onTap)
    const resize = new ResizeObserver(() => cy.resize())
    if (box.current) resize.observe(box.current)
    return () => {
      cy.removeListener('tap', 'node', onTap)
      resize.disconnect()
      onCore(null)
      if (window.cy === cy) delete window.cy
    }
  }, [cy, onCore])

  useHover(cy)
  useCamera(cy, inView, selectedId)
  useEffect(() => {
    if (cy) syncClass(cy, 'match', matches, 'node')
  }, [cy, matches])

  return (
    <div className="cy-box">
      <div ref={box} style={{ width: '100%', height: '100%' }} />
    </div>
  )
}
