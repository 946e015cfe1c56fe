'use client'
import { useCallback, type KeyboardEvent } from 'react'
import type { Core } from 'cytoscape'
import { inDirection, type Arrow } from '@/lib/explorer/direction'
import type { Selection } from '../use-selection'

const ZOOM_STEP = 1.3
const PAN_STEP = 80
/** Shift+arrow moves the view that way (the drawing moves the other way). */
const PAN: Record<Arrow, { x: number; y: number }> = {
  ArrowUp: { x: 0, y: PAN_STEP },
  ArrowDown: { x: 0, y: -PAN_STEP },
  ArrowLeft: { x: PAN_STEP, y: 0 },
  ArrowRight: { x: -PAN_STEP, y: 0 },
}
const isArrow = (k: string): k is Arrow =>
  k === 'ArrowUp' || k === 'ArrowDown' || k === 'ArrowLeft' || k === 'ArrowRight'

/** Rendered positions of the visible neighbours of a node (the candidates an arrow can move to). */
function neighbours(cy: Core, id: string) {
  return cy
    .getElementById(id)
    .neighborhood()
    .nodes(':visible')
    .map((n) => ({ id: n.id(), ...n.renderedPosition() }))
}

/** The most central node on the canvas: where keyboard travel starts when nothing is selected. */
function start(cy: Core): string | undefined {
  return cy
    .nodes()
    .max((n) => Number(n.data('size')) || 0)
    .ele?.id()
}

/**
 * Where an arrow key moves the selection: to the visible neighbour of `current` that lies in that
 * direction on screen, or without a selection to the most central node.
 */
export function arrowTarget(cy: Core, current: string | undefined, key: Arrow): string | undefined {
  const from = current ? cy.getElementById(current) : undefined
  return from && from.nonempty()
    ? inDirection({ id: from.id(), ...from.renderedPosition() }, neighbours(cy, from.id()), key)?.id
    : start(cy)
}

/**
 * Keys of the focused canvas: arrows move the selection to the neighbour in that direction (URL
 * `term` changes, history is pushed), Enter opens the panel (focuses its heading), +/- zoom,
 * Shift+arrows pan, Escape clears the selection.
 */
export function useCanvasKeys(cy: Core | null, selection: Selection) {
  return useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      if (!cy || e.altKey || e.ctrlKey || e.metaKey) return
      const key = e.key
      const current = selection.selectedId
      if (isArrow(key) && e.shiftKey) {
        cy.panBy(PAN[key])
      } else if (isArrow(key)) {
        const next = arrowTarget(cy, current, key)
        if (next) selection.selectNode(next)
      } else if (key === '+' || key === '=' || key === '-' || key === '_') {
        const factor = key === '+' || key === '=' ? ZOOM_STEP : 1 / ZOOM_STEP
        const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor))
        cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } })
      } else if (key === 'Enter' || key === ' ') {
        if (!current) return
        document.getElementById('panel-title')?.focus()
      } else if (key === 'Escape') {
        if (!current && !selection.path) return
        selection.clear()
      } else return
      // Handled: keep the page from scrolling and the page-level Escape from running too.
      e.preventDefault()
    },
    [cy, selection],
  )
}
