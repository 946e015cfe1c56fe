'use client'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import CytoscapeComponent from 'react-cytoscapejs'
import type { Core } from 'cytoscape'
import { toElements } from '@/lib/elements'
import type { Lookup } from '@/lib/lookup'
import type { InView } from '@/lib/view'
import { stylesheet } from './cy-style'
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
  lookup: Lookup
  inView: InView
  selectedId: string | undefined
  matches: Set<string>
  onNodeTap: (id: string) => void
  onCore: (cy: Core | null) => void
}

// Positions come from the file (build-time layout); `preset` only places them.
const layout = { name: 'preset', fit: true, padding: 40 }
const fill = { width: '100%', height: '100%' }

/** The graph canvas. Elements/stylesheet/layout are memoized: react-cytoscapejs re-diffs on change. */
export default function CyGraph({ lookup, inView, selectedId, matches, onNodeTap, onCore }: CyGraphProps) {
  const elements = useMemo(() => toElements(lookup), [lookup])
  // Thousands of edges: draw a texture while panning/zooming instead of every edge each frame.
  const big = lookup.edges.length > 2000
  const [cy, setCy] = useState<Core | null>(null)
  const box = useRef<HTMLDivElement>(null)
  // react-cytoscapejs calls this on every render; only a new core instance matters.
  const handleCy = useCallback((core: Core) => setCy((prev) => (prev === core ? prev : core)), [])
  const tap = useRef(onNodeTap)
  useEffect(() => {
    tap.current = onNodeTap
  }, [onNodeTap])

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
    <div ref={box} className="cy-box">
      <CytoscapeComponent
        elements={elements}
        stylesheet={stylesheet}
        layout={layout}
        style={fill}
        cy={handleCy}
        minZoom={0.15}
        maxZoom={4}
        boxSelectionEnabled={false}
        autoungrabify
        autounselectify
        hideEdgesOnViewport={big}
        textureOnViewport={big}
      />
    </div>
  )
}
