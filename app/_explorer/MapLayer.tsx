'use client'
import { useEffect, useMemo, useRef } from 'react'
import type { Core, ElementDefinition } from 'cytoscape'
import { mapGroups } from '@/lib/explorer/groups'
import type { InView } from '@/lib/explorer/view'
import type { ViewGraph } from '@/lib/format/view-graph'
import './map.css'

/**
 * Views with at most this many nodes draw their edges on the map: a filter, focus or concept
 * small enough to read. Above it, only the reader's pick (selection, hover, path) has edges.
 */
export const READABLE_NODES = 400

/** Edge definitions that start muted: the map's overview is drawn without edges. */
export const muteEdges = (edges: ElementDefinition[]): ElementDefinition[] =>
  edges.map((e) => ({ ...e, classes: `${e.classes ?? ''} muted` }))

/**
 * The map of a big glossary over the canvas: group names over their regions while the view is
 * too big to read edge by edge, and the edges muted until it is not. Names follow pan and zoom
 * (one transform per name and frame; a few dozen names).
 */
export function MapLayer({ cy, view, inView }: { cy: Core | null; view: ViewGraph; inView: InView }) {
  const groups = useMemo(() => mapGroups(view), [view])
  const overview = inView.nodes.size > READABLE_NODES
  const layer = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!cy) return
    // Only edges whose state changes are touched.
    cy.batch(() => {
      const change = overview ? cy.edges(':not(.muted)') : cy.edges('.muted')
      if (change.nonempty()) change.toggleClass('muted', overview)
    })
  }, [cy, overview])

  useEffect(() => {
    const names = layer.current?.children
    if (!cy || !names) return
    let frame = 0
    const place = () => {
      frame = 0
      const zoom = cy.zoom()
      const pan = cy.pan()
      groups.forEach((g, i) => {
        const el = names[i]
        if (el instanceof HTMLElement)
          el.style.transform = `translate(${g.x * zoom + pan.x}px, ${g.y * zoom + pan.y}px) translate(-50%, -50%)`
      })
    }
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(place)
    }
    place()
    cy.on('viewport resize', schedule)
    return () => {
      cy.removeListener('viewport resize', schedule)
      cancelAnimationFrame(frame)
    }
  }, [cy, groups])

  return (
    <div className="map-labels" ref={layer} hidden={!overview} aria-hidden="true">
      {groups.map((g) => (
        <span key={g.community} style={{ borderColor: g.color }}>
          {g.name}
        </span>
      ))}
    </div>
  )
}
