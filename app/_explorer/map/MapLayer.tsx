'use client'
import { useCallback, useEffect, useMemo, useRef } from 'react'
import type { Core, ElementDefinition } from 'cytoscape'
import { mapGroups } from '@/lib/explorer/groups'
import { overlaps, type Box } from '@/lib/explorer/label-boxes'
import { offCanvas } from '@/lib/explorer/off-canvas'
import { whereDrawn } from '../handover/use-first-view'
import type { InView } from '@/lib/explorer/view'
import type { ViewGraph } from '@/lib/format/view-graph'
import './map.css'

/**
 * Filtered views with at most this many nodes draw their edges on the map: a filter, focus or
 * concept small enough to read. Above it, and in the unfiltered overview, only the reader's pick
 * (selection, hover) has edges.
 */
export const READABLE_NODES = 400

/** Least gap between a group's name and the canvas's side, in CSS pixels. */
const EDGE = 4

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
  const byNode = useMemo(() => {
    const index = new Map<string, ElementDefinition[]>()
    for (const e of edges)
      for (const end of [String(e.data.source), String(e.data.target)]) {
        const list = index.get(end)
        if (list) list.push(e)
        else index.set(end, [e])
      }
    return index
  }, [edges])
  // The whole map is an overview at any size; a part of it while it is too big to read.
  const overview = inView.nodes.size === view.keys.length || inView.nodes.size > READABLE_NODES
  // A filtered overview names only the groups that still have a term on the map.
  const shownGroups = useMemo(() => {
    const shown = new Set<number>()
    view.keys.forEach((key, i) => {
      if (inView.nodes.has(key)) shown.add(view.communities[i] ?? 0)
    })
    return shown
  }, [view, inView])

  /**
   * Adds the view's edges among `defs` that the canvas has never had (muted in an overview). Those
   * the view took off come back with their nodes (lib/explorer/off-canvas.ts).
   */
  const ensure = useCallback(
    (defs: readonly ElementDefinition[]) => {
      if (!cy) return
      const away = offCanvas(cy)
      const onCanvas = (id: unknown) => cy.getElementById(String(id)).nonempty()
      const missing = defs.filter(
        (d) =>
          inView.edges.has(String(d.data.id)) &&
          !onCanvas(d.data.id) &&
          away.getElementById(String(d.data.id)).empty() &&
          onCanvas(d.data.source) &&
          onCanvas(d.data.target),
      )
      if (missing.length === 0) return
      cy.add(missing.map((d) => ({ ...d, classes: `${d.classes ?? ''}${overview ? ' muted' : ''}` })))
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
    // Only edges whose state changes are touched.
    cy.batch(() => {
      const change = overview ? cy.edges(':not(.muted)') : cy.edges('.muted')
      if (change.nonempty()) change.toggleClass('muted', overview)
    })
  }, [cy, ensure, edges, inView, overview])

  const layer = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const names = layer.current?.children
    if (!cy || !names) return
    let frame = 0
    // Names that would cover a larger group's name are left out (groups come largest first).
    const place = () => {
      frame = 0
      const zoom = cy.zoom()
      const pan = cy.pan()
      const spans = [...names].filter((el) => el instanceof HTMLElement)
      // Sizes first, then positions: reading sizes between writes would lay the page out each time.
      const sizes = spans.map((el) => ({ w: el.offsetWidth, h: el.offsetHeight }))
      const placed: Box[] = []
      const width = cy.width()
      groups.forEach((g, i) => {
        const el = spans[i]
        const size = sizes[i]
        if (!el || !size) return
        // Where the first view put the group (a phone turns the drawing).
        const { x, y } = whereDrawn(cy, g)
        const at = { x: x * zoom + pan.x, y: y * zoom + pan.y }
        // A group on screen keeps its whole name on screen (long names ran off a phone's edge).
        const half = size.w / 2 + EDGE
        if (at.x >= 0 && at.x <= width) at.x = Math.min(Math.max(at.x, half), Math.max(half, width - half))
        el.style.transform = `translate(${at.x}px, ${at.y}px) translate(-50%, -50%)`
        if (size.w === 0) return
        const box = {
          x0: at.x - size.w / 2,
          x1: at.x + size.w / 2,
          y0: at.y - size.h / 2,
          y1: at.y + size.h / 2,
        }
        const covered = placed.some((p) => overlaps(p, box))
        el.style.visibility = covered ? 'hidden' : ''
        if (!covered) placed.push(box)
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
