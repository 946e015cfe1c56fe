'use client'
import { useEffect, useLayoutEffect, useRef } from 'react'
import type {
  BoundingBox12,
  BoundingBoxWH,
  CollectionReturnValue,
  Core,
  NodeCollection,
  NodeSingular,
} from 'cytoscape'
import type { InView } from '@/lib/explorer/view'
import { showOnly } from '@/lib/explorer/off-canvas'
import { syncClass } from './classes'
import { SIZES } from '@/lib/format/settings'

const PADDING = 40
const DURATION = 300

/**
 * Applies the view to the canvas: puts exactly the view on it (lib/explorer/off-canvas.ts), marks
 * the selection and its neighbours, and moves the camera — fit when the filters change, centre
 * when the selection does.
 */
export function useCamera(cy: Core | null, inView: InView, selectedId: string | undefined) {
  const first = useRef(true)
  // The node set last fitted: a new but equal view (e.g. the full graph replacing the lean one) keeps the camera.
  const fitted = useRef<{ cy: Core; nodes: Set<string> } | null>(null)
  // A layout effect: every other hook's effect finds the view's elements on the canvas.
  useLayoutEffect(() => {
    if (!cy) return
    showOnly(cy, inView)
    if (fitted.current?.cy === cy && sameSet(fitted.current.nodes, inView.nodes)) return
    fitted.current = { cy, nodes: inView.nodes }
    cy.stop()
    const viewport = fitViewport(cy)
    if (first.current) cy.viewport(viewport)
    else cy.animate({ ...viewport, duration: DURATION })
  }, [cy, inView])

  // Again when the view changes: elements back on the canvas carry the classes they left with.
  useEffect(() => {
    if (cy) markSelection(cy, selectedId)
  }, [cy, selectedId, inView])

  useEffect(() => {
    if (!cy) return
    const node = selectedId ? cy.getElementById(selectedId) : undefined
    if (node && node.nonempty()) {
      const viewport = selectionViewport(cy, node)
      // Animations queue after a pending fit, so they do not fight; the first placement is instant.
      if (first.current) cy.viewport(viewport)
      else cy.animate({ ...viewport, duration: DURATION })
    }
    first.current = false
  }, [cy, selectedId])
}

/** The selected node gets the class `picked`, its neighbours and their edges `near`; nothing else has either. */
export function markSelection(cy: Core, selectedId: string | undefined): void {
  const picked = selectedId ? cy.getElementById(selectedId) : cy.collection()
  syncClass(cy, 'picked', new Set(picked.map((el) => el.id())))
  syncClass(
    cy,
    'near',
    new Set(
      picked
        .closedNeighborhood()
        .not(picked)
        .map((el) => el.id()),
    ),
  )
}

/**
 * The camera for a selected node: at least zoom 1, the node centred in the part of the canvas the
 * bottom sheet leaves visible (phones), then moved the least that brings its neighbours and their
 * names inside, along each axis where they fit (on a phone, a neighbour's name ran off the edge).
 */
export function selectionViewport(
  cy: Core,
  node: NodeSingular,
  /** Canvas pixels a bottom sheet hides (the phone panel); measured in the page by default. */
  covered = coveredBottom(cy),
) {
  const zoom = Math.max(cy.zoom(), 1)
  const p = node.position()
  const w = cy.width()
  const h = cy.height() - covered
  const hood = node.closedNeighborhood().boundingBox({ includeLabels: true })
  const x = nudge(p.x, hood.x1, hood.x2, w / zoom, EDGE_MARGIN / zoom)
  const y = nudge(p.y, hood.y1, hood.y2, h / zoom, EDGE_MARGIN / zoom)
  return { zoom, pan: { x: w / 2 - x * zoom, y: h / 2 - y * zoom } }
}

/** Room kept between a selection's neighbourhood and the canvas's edge, in screen pixels. */
const EDGE_MARGIN = 8

/**
 * The centre of a window `span` wide (model units) nearest to `centre` that holds `lo`–`hi` with
 * `margin` to spare; `centre` itself when the range does not fit.
 */
function nudge(centre: number, lo: number, hi: number, span: number, margin: number): number {
  const half = span / 2 - margin
  if (!(hi - lo <= 2 * half)) return centre
  if (lo < centre - half) return lo + half
  if (hi > centre + half) return hi - half
  return centre
}

const sameSet = (a: Set<string>, b: Set<string>) => {
  if (a === b) return true
  if (a.size !== b.size) return false
  for (const x of a) if (!b.has(x)) return false
  return true
}

/** Most a fit may zoom in: a two-node view should not fill the screen with two giant discs. */
const MAX_FIT_ZOOM = 1.6

/**
 * Zoom and pan that fit the canvas's elements (or `eles`) into the part of the canvas not covered by the
 * bottom sheet, without zooming in past MAX_FIT_ZOOM.
 */
export function fitViewport(
  cy: Core,
  eles?: CollectionReturnValue,
  /** Canvas pixels a bottom sheet hides (the phone panel); measured in the page by default. */
  covered = coveredBottom(cy),
) {
  // Measuring thousands of labels costs more than the fit is worth; small graphs fit with labels.
  const shown = eles ?? cy.elements()
  const bb =
    shown.length < SIZES.labelFit ? shown.boundingBox({ includeLabels: true }) : discsBox(shown.nodes())
  const w = cy.width()
  const h = cy.height() - covered
  // Nothing to fit (Cytoscape boxes an empty collection as a point at the origin): the camera stays.
  if (shown.empty() || bb.w === Infinity || bb.w < 0) return { zoom: cy.zoom(), pan: cy.pan() }
  const zoom = Math.max(
    cy.minZoom(),
    Math.min(MAX_FIT_ZOOM, (w - 2 * PADDING) / Math.max(bb.w, 1), (h - 2 * PADDING) / Math.max(bb.h, 1)),
  )
  return { zoom, pan: { x: w / 2 - (bb.x1 + bb.w / 2) * zoom, y: h / 2 - (bb.y1 + bb.h / 2) * zoom } }
}

/**
 * The box around the nodes' discs, from positions and sizes alone. Cytoscape's `boundingBox`
 * computes every element's full bounds (labels included, even when asked not to use them): 70 ms
 * for the 5,000 nodes a cleared filter brings back.
 */
function discsBox(nodes: NodeCollection): BoundingBox12 & BoundingBoxWH {
  let x1 = Infinity
  let y1 = Infinity
  let x2 = -Infinity
  let y2 = -Infinity
  nodes.forEach((n) => {
    const { x, y } = n.position()
    const r = n.width() / 2
    x1 = Math.min(x1, x - r)
    y1 = Math.min(y1, y - r)
    x2 = Math.max(x2, x + r)
    y2 = Math.max(y2, y + r)
  })
  return { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 }
}

/** Canvas pixels hidden under a fixed bottom sheet (the phone panel), 0 on wide screens (and with no page: headless). */
function coveredBottom(cy: Core): number {
  if (typeof document === 'undefined') return 0
  // The closed sheet (the intro bar) covers a strip too. The static picture's inert copy of the
  // panel (app/_picture/) comes first in the page and is not the sheet.
  const sheet = document.querySelector('.panel:not([inert])')
  const box = cy.container()?.getBoundingClientRect()
  if (!(sheet instanceof HTMLElement) || !box || getComputedStyle(sheet).position !== 'fixed') return 0
  const top = sheet.getBoundingClientRect()
  if (top.height === 0) return 0
  return Math.max(0, Math.min(box.height * 0.7, box.bottom - top.top))
}
