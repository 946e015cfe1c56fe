'use client'
import { useEffect } from 'react'
import type { Core, Position } from 'cytoscape'
import { everyNode } from '@/lib/explorer/off-canvas'
import { fitViewport, selectionViewport } from '../canvas/use-camera'

/** A canvas this much taller than wide is portrait (a phone held upright). */
export const PORTRAIT = 1.2
/** Labels of the most central terms must render at least this large on the first view (CSS px). */
const MIN_LABEL_PX = 10
const CENTRAL = 5
/** A portrait drawing is stretched at most this much along its height (more distorts distances). */
const STRETCH = 1.6
/** Labels never grow beyond this factor, whatever the screen. */
const MAX_LABEL_SCALE = 3

/** How the first view turned and stretched the drawing (none on a landscape canvas). */
interface Reshape {
  turn: boolean
  stretch: number
}
const RESHAPE = '_firstViewReshape'

const reshaped = (p: Position, { turn, stretch }: Reshape): Position =>
  turn ? { x: -p.y, y: p.x * stretch } : { x: p.x, y: p.y * stretch }

/** Where a point of the build-time drawing is on this canvas, after the first view's turn and stretch. */
export function whereDrawn(cy: Core, p: Position): Position {
  const reshape = cy.scratch(RESHAPE) as Reshape | undefined
  return reshape ? reshaped(p, reshape) : p
}

/**
 * Makes the first view readable on any screen: on a portrait canvas a landscape drawing is turned
 * a quarter turn and stretched along its height towards the canvas's shape (the same for everyone
 * on such a screen, so shared links still match), and if the most
 * central terms' labels would render below 10 px at the fitted zoom, every label grows by the
 * same factor. Runs once per canvas, before filters store their home positions.
 */
export function useFirstView(
  cy: Core | null,
  selectedId: string | undefined,
  /** The map of a big glossary: its group names are the overview's labels (see keepLabelsReadable). */
  map: boolean,
) {
  useEffect(() => {
    if (!cy || cy.destroyed()) return
    // The whole drawing, on the canvas or not: a filter in the URL turns it as the overview would.
    const bb = everyNode(cy).boundingBox({ includeLabels: false })
    const tall = cy.height() / Math.max(cy.width(), 1)
    const portrait = tall > PORTRAIT
    const turn = portrait && bb.w > bb.h
    // After the turn, stretch the drawing's height towards the canvas's shape (at most STRETCH×).
    const shape = turn ? bb.w / Math.max(bb.h, 1) : bb.h / Math.max(bb.w, 1)
    const stretch = portrait ? Math.min(STRETCH, Math.max(1, tall / shape)) : 1
    if (turn || stretch > 1) {
      const reshape: Reshape = { turn, stretch }
      cy.scratch(RESHAPE, reshape)
      cy.batch(() => everyNode(cy).positions((n) => reshaped(n.position(), reshape)))
      cy.viewport(fitViewport(cy))
    }
    if ((turn || stretch > 1) && selectedId) {
      const node = cy.getElementById(selectedId)
      // The turn refitted the whole drawing: put the camera back on the selection.
      if (node.nonempty() && node.isNode()) cy.viewport(selectionViewport(cy, node))
    }
    // Measured at the zoom the reader will see: the overview's, or the selection's.
    if (!map) keepLabelsReadable(cy)
    // Once per canvas: later selections must not turn the drawing again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cy])
}

/**
 * Grows every label by one factor when the most central terms' labels would render below
 * 10 px at the current zoom (at most 3× in all). Called on the first view and again when a
 * resize refits it, since a smaller canvas means a smaller zoom.
 * Not on a map: there the group names label the overview, and grown term labels all cleared
 * Cytoscape's minimum size, a pile of text over every region (seen at 2,100 terms).
 */
export function keepLabelsReadable(cy: Core): void {
  const zoom = cy.zoom()
  const central = everyNode(cy)
    .filter('.term')
    .sort((a, b) => Number(b.data('size')) - Number(a.data('size')))
    .slice(0, CENTRAL)
  const smallest = Math.min(...central.map((n) => Number(n.data('fontSize')) || 0))
  const grown = Number(cy.scratch('_labelScale') ?? 1)
  if (!(smallest > 0) || smallest * zoom >= MIN_LABEL_PX) return
  const scale = Math.min(MAX_LABEL_SCALE / grown, MIN_LABEL_PX / (smallest * zoom))
  if (scale <= 1) return
  cy.scratch('_labelScale', grown * scale)
  cy.batch(() => everyNode(cy).forEach((n) => void n.data('fontSize', Number(n.data('fontSize')) * scale)))
}
