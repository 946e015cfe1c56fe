'use client'
import { useEffect } from 'react'
import type { BoundingBox12, Core, NodeSingular } from 'cytoscape'
import { overlaps, type Box } from '@/lib/explorer/label-boxes'
import { SIZES } from '@/lib/format/settings'

const SETTLE = 120

const asBox = (b: BoundingBox12): Box => ({ x0: b.x1, y0: b.y1, x1: b.x2, y1: b.y2 })

/** Where a node's label is on screen, as Cytoscape measures it. */
const renderedLabelBox = (n: NodeSingular): Box =>
  asBox(n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }))

type Classed = { hasClass: (cls: string) => boolean }

/**
 * How much a label must stay: 2 for the selection and a path (always), 1 for the selection's
 * neighbours (unless they would cover a label of rank 2: the selected name is the one being
 * read), 0 for the rest.
 */
const rank = (n: Classed): number =>
  n.hasClass('picked') || n.hasClass('on-path') ? 2 : n.hasClass('near') ? 1 : 0

/**
 * One pass over the visible labels: where two overlap, the less important one (lower rank, then
 * smaller node) gets the class `label-off`, and labels that no longer overlap lose it. The
 * selection's and a path's labels always stay; a neighbour's stays unless it covers one of those.
 * Nothing changes above SIZES.labelCollisions visible nodes.
 */
export function hideCollidingLabels(cy: Core, boxOf: (n: NodeSingular) => Box = renderedLabelBox): void {
  const nodes = cy.nodes(':visible')
  if (nodes.length > SIZES.labelCollisions) return
  // Every label counts, drawn or not at this zoom: hiding one Cytoscape would skip anyway costs nothing.
  const order = nodes.sort((a, b) => rank(b) - rank(a) || Number(b.data('size')) - Number(a.data('size')))
  const placed: { box: Box; rank: number }[] = []
  const off = new Set<string>()
  order.forEach((n) => {
    const box = boxOf(n)
    const own = rank(n)
    // A label gives way to any placed label of a higher rank, and (below rank 1) to any at all.
    const covers = placed.some((p) => (own === 0 || p.rank > own) && overlaps(p.box, box))
    if (own < 2 && covers) off.add(n.id())
    else placed.push({ box, rank: own })
  })
  cy.batch(() => {
    cy.$('.label-off').forEach((n) => {
      if (!off.has(n.id())) n.removeClass('label-off')
    })
    for (const id of off) cy.getElementById(id).addClass('label-off')
  })
}

/**
 * Where labels overlap at the current zoom, the less important one (smaller node) is hidden
 * (class `label-off`) and shows again on hover; the selection's and a path's labels always stay.
 * Recomputed when the camera or the classes settle.
 */
export function useLabelCollisions(cy: Core | null, deps: unknown) {
  useEffect(() => {
    if (!cy || cy.destroyed()) return
    let timer: number | undefined
    const run = () => {
      if (!cy.destroyed()) hideCollidingLabels(cy)
    }
    const later = () => {
      window.clearTimeout(timer)
      timer = window.setTimeout(run, SETTLE)
    }
    later()
    cy.on('viewport', later)
    cy.on('layoutstop', later)
    return () => {
      window.clearTimeout(timer)
      cy.removeListener('viewport', later)
      cy.removeListener('layoutstop', later)
    }
  }, [cy, deps])
}
