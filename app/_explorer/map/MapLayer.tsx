'use client'
import { useCallback, useEffect, useMemo, useRef } from 'react'
import type { Core, ElementDefinition } from 'cytoscape'
import { mapGroups } from '@/lib/explorer/groups'
import type { InView } from '@/lib/explorer/view'
import type { ViewGraph } from '@/lib/format/view-graph'
import { addViewEdges, edgesByNode, groupsInView, isOverview, muteEdges } from './map-edges'
import { placeGroupNames } from './place-names'
import './map.css'

interface Props {
  cy: Core | null
  view: ViewGraph
  /** Every edge of the graph; the canvas starts without them. */
  edges: ElementDefinition[]
  inView: InView
  selectedId: string | undefined
  /** Nodes were laid out around a focused term: group names would no longer sit over their groups. */
  focused: boolean
}

/**
 * The map of a big glossary over the canvas. The canvas is created with nodes only (20,000 edges
 * nobody sees in the overview cost seconds to create and every filter to restyle); this layer adds
 * the edges the reader picks — the selection's and the hovered node's, before the camera and
 * hover hooks look for neighbours (child effects and earlier handlers run first), and all edges
 * of a readable view — and names the groups over their regions while the view is an overview.
 */
export function MapLayer({ cy, view, edges, inView, selectedId, focused }: Props) {
  const groups = useMemo(() => mapGroups(view), [view])
  const byNode = useMemo(() => edgesByNode(edges), [edges])
  const overview = isOverview(view, inView)
  const shownGroups = useMemo(() => groupsInView(view, inView), [view, inView])

  /** Adds the view's edges among `defs` that the canvas has not got (map-edges.ts). */
  const ensure = useCallback(
    (defs: readonly ElementDefinition[]) => {
      if (cy) addViewEdges(cy, defs, inView, overview)
    },
    [cy, overview, inView],
  )

  useEffect(() => {
    if (selectedId) ensure(byNode.get(selectedId) ?? [])
  }, [ensure, byNode, selectedId])

  // Registered once per core, before the hover hook's handler, so the edges exist when it looks.
  const latest = useRef(ensure)
  useEffect(() => {
    latest.current = ensure
  }, [ensure])
  useEffect(() => {
    if (!cy) return
    const onOver = (e: { target: { id: () => string } }) => latest.current(byNode.get(e.target.id()) ?? [])
    cy.on('mouseover', 'node', onOver)
    return () => {
      cy.removeListener('mouseover', 'node', onOver)
    }
  }, [cy, byNode])

  useEffect(() => {
    if (!cy) return
    if (!overview) ensure(edges.filter((e) => inView.edges.has(String(e.data.id))))
    muteEdges(cy, overview)
  }, [cy, ensure, edges, inView, overview])

  const layer = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const names = layer.current?.children
    if (!cy || !names) return
    let frame = 0
    // Names that would cover a larger group's name are left out (groups come largest first).
    const place = () => {
      frame = 0
      const spans = [...names].filter((el) => el instanceof HTMLElement)
      // Sizes first, then positions: reading sizes between writes would lay the page out each time.
      const sizes = spans.map((el) => ({ w: el.offsetWidth, h: el.offsetHeight }))
      placeGroupNames(cy, groups, sizes).forEach((at, i) => {
        const el = spans[i]
        if (!el || !at) return
        el.style.transform = `translate(${at.x}px, ${at.y}px) translate(-50%, -50%)`
        if (at.covered !== undefined) el.style.visibility = at.covered ? 'hidden' : ''
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
  }, [cy, groups, shownGroups, overview, focused])

  return (
    <div className="map-labels" ref={layer} hidden={!overview || focused} aria-hidden="true">
      {groups.map((g) => (
        <span key={g.community} style={{ borderColor: g.color }} hidden={!shownGroups.has(g.community)}>
          {g.name}
        </span>
      ))}
    </div>
  )
}
