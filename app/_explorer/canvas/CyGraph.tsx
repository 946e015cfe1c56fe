'use client'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Core } from 'cytoscape'
import CytoscapeComponent from 'react-cytoscapejs'
import { toElements } from '@/lib/explorer/elements'
import type { InView } from '@/lib/explorer/view'
import type { ViewGraph } from '@/lib/format/view-graph'
import { stylesheetFor } from './cy-style'
import { useCanvasColors } from './canvas-colors'
import { useCamera } from './use-camera'
import { useHover } from './use-hover'
import { syncClass } from './classes'
import { restyleOffCanvas } from '@/lib/explorer/off-canvas'
import { isMap } from '@/lib/explorer/groups'
import { CANVAS_RULES } from '@/lib/explorer/picture'
import { MapLayer } from '../map/MapLayer'
import { SIZES } from '@/lib/format/settings'

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
  /** A focus filter has laid the view out around its term (nodes left their map regions). */
  focused: boolean
  matches: Set<string>
  onNodeTap: (id: string) => void
  onCore: (cy: Core | null) => void
}

/**
 * The graph canvas (react-cytoscapejs). Elements, stylesheet and layout are memoized per graph,
 * so the component's per-render diff is a reference check and never walks thousands of
 * elements; all elements go in when the core is created (added later, they left Cytoscape
 * drawing at 2 fps at 5,000 terms). react-cytoscapejs calls `cy` on every render, so the core is
 * taken once per instance.
 */
export default function CyGraph({
  view,
  inView,
  selectedId,
  focused,
  matches,
  onNodeTap,
  onCore,
}: CyGraphProps) {
  const box = useRef<HTMLDivElement>(null)
  const [cy, setCy] = useState<Core | null>(null)
  const tap = useRef(onNodeTap)
  useEffect(() => {
    tap.current = onNodeTap
  }, [onNodeTap])

  const elements = useMemo(() => {
    const { nodes, edges } = toElements(view)
    // The map of a big glossary starts without edges: MapLayer adds those the reader picks.
    const map = isMap(view)
    return { list: map ? nodes : [...nodes, ...edges], edges, big: edges.length > SIZES.bigEdges, map }
  }, [view])
  // A new stylesheet on a theme change: react-cytoscapejs restyles the live canvas with it.
  const colors = useCanvasColors()
  const stylesheet = useMemo(() => stylesheetFor(elements.big, elements.map, colors), [elements, colors])
  const takeCore = useCallback((core: Core) => setCy((current) => (current === core ? current : core)), [])

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
  }, [cy, matches, inView])
  // react-cytoscapejs restyles the canvas with a new stylesheet; what is off it is restyled here.
  const styledWith = useRef(stylesheet)
  useEffect(() => {
    if (!cy || styledWith.current === stylesheet) return
    styledWith.current = stylesheet
    restyleOffCanvas(cy, stylesheet)
  }, [cy, stylesheet])

  return (
    <div className="cy-box" ref={box}>
      <CytoscapeComponent
        elements={elements.list}
        stylesheet={stylesheet}
        layout={PRESET}
        style={FILL}
        cy={takeCore}
        minZoom={elements.map ? CANVAS_RULES.mapMinZoom : CANVAS_RULES.minZoom}
        maxZoom={4}
        boxSelectionEnabled={false}
        autoungrabify
        autounselectify
        // Big graphs: no edges while panning or zooming, at one device pixel.
        hideEdgesOnViewport={elements.big}
        motionBlur={false}
        {...(elements.big ? { pixelRatio: 1 } : {})}
      />
      {elements.map && (
        <MapLayer
          cy={cy}
          view={view}
          edges={elements.edges}
          inView={inView}
          selectedId={selectedId}
          focused={focused}
        />
      )}
    </div>
  )
}

const PRESET = { name: 'preset', fit: false }
const FILL = { width: '100%', height: '100%' }
