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

/** Labels that must stay: the selection, its neighbours, a path, the hovered node. */
const kept = (n: { hasClass: (cls: string) => boolean }) =>
  n.hasClass('picked') || n.hasClass('near') || n.hasClass('on-path')

/**
 * One pass over the visible labels: where two overlap, the less important one (smaller node) gets
 * the class `label-off`, and labels that no longer overlap lose it; kept labels (selection,
 * neighbours, path) always stay. Nothing changes above SIZES.labelCollisions visible nodes.
 */
export function hideCollidingLabels(cy: Core, boxOf: (n: NodeSingular) => Box = renderedLabelBox): void {
  const nodes = cy.nodes(':visible')
  if (nodes.length > SIZES.labelCollisions) return
  // Every label counts, drawn or not at this zoom: hiding one Cytoscape would skip anyway costs nothing.
  const order = nodes.sort(
    (a, b) => Number(kept(b)) - Number(kept(a)) || Number(b.data('size')) - Number(a.data('size')),
  )
  const placed: Box[] = []
  const off = new Set<string>()
  order.forEach((n) => {
    const box = boxOf(n)
    if (!kept(n) && placed.some((p) => overlaps(p, box))) off.add(n.id())
    else placed.push(box)
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
