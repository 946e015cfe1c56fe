'use client'
import { useEffect } from 'react'
import type { Core, EventObject, NodeSingular } from 'cytoscape'
import { offCanvas } from '@/lib/explorer/off-canvas'
import { SIZES } from '@/lib/format/settings'

/** Lights a node and its neighbours (class `hov`) and fades everything else, on graphs small enough to fade. */
export function hoverOn(cy: Core, node: NodeSingular): void {
  cy.batch(() => {
    const near = node.closedNeighborhood()
    if (cy.elements().length <= SIZES.dim) cy.elements().not(near).addClass('faded')
    near.addClass('hov')
  })
}

/** Undoes `hoverOn`, off the canvas too: a node a filter took away under the pointer must not come back lit. */
export function hoverOff(cy: Core): void {
  cy.batch(() => cy.$('.faded, .hov').union(offCanvas(cy).filter('.faded, .hov')).removeClass('faded hov'))
}

/** Hovering a node highlights it and its neighbours (labels on) and dims everything else. */
export function useHover(cy: Core | null) {
  useEffect(() => {
    if (!cy) return
    const over = (e: EventObject) => hoverOn(cy, e.target)
    const out = () => hoverOff(cy)
    cy.on('mouseover', 'node', over)
    cy.on('mouseout', 'node', out)
    // A pointer that leaves the canvas in one move (onto the panel) gets no mouseout from Cytoscape.
    const box = cy.container()
    box?.addEventListener('mouseleave', out)
    return () => {
      cy.removeListener('mouseover', 'node', over)
      cy.removeListener('mouseout', 'node', out)
      box?.removeEventListener('mouseleave', out)
    }
  }, [cy])
}
