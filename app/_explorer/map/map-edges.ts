/**
 * Which edges the map of a big glossary has on its canvas, and which it draws. The canvas starts
 * with nodes only; edges are added for what the reader picks (selection, hover) and for a view
 * small enough to read, and an overview draws none of them but the picked ones (class `muted`).
 */
import type { Core, ElementDefinition } from 'cytoscape'
import { offCanvas } from '@/lib/explorer/off-canvas'
import type { InView } from '@/lib/explorer/view'
import type { ViewGraph } from '@/lib/format/view-graph'
import { SIZES } from '@/lib/format/settings'

/** The whole map is an overview at any size; a part of it while it is too big to read. */
export const isOverview = (view: ViewGraph, inView: InView): boolean =>
  inView.nodes.size === view.keys.length || inView.nodes.size > SIZES.readableMap

/** Edge definitions by each of their ends. */
export function edgesByNode(edges: readonly ElementDefinition[]): Map<string, ElementDefinition[]> {
  const index = new Map<string, ElementDefinition[]>()
  for (const e of edges)
    for (const end of [String(e.data.source), String(e.data.target)]) {
      const list = index.get(end)
      if (list) list.push(e)
      else index.set(end, [e])
    }
  return index
}

/** The communities that still have a term in view (a filtered overview names only those). */
export function groupsInView(view: ViewGraph, inView: InView): Set<number> {
  const shown = new Set<number>()
  view.keys.forEach((key, i) => {
    if (inView.nodes.has(key)) shown.add(view.communities[i] ?? 0)
  })
  return shown
}

/**
 * Adds the view's edges among `defs` that the canvas has never had (muted in an overview), when
 * both their ends are on it. Those the view took off come back with their nodes
 * (lib/explorer/off-canvas.ts), so they are not added twice.
 */
export function addViewEdges(
  cy: Core,
  defs: readonly ElementDefinition[],
  inView: InView,
  overview: boolean,
): void {
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
}

/** Mutes every edge on the canvas in an overview and none otherwise, touching only those that change. */
export function muteEdges(cy: Core, overview: boolean): void {
  cy.batch(() => {
    const change = overview ? cy.edges(':not(.muted)') : cy.edges('.muted')
    if (change.nonempty()) change.toggleClass('muted', overview)
  })
}
