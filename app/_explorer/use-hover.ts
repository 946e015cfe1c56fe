'use client'
import { useEffect } from 'react'
import type { Core, EventObject } from 'cytoscape'

/** Hovering a node highlights it and its neighbours (labels on) and dims everything else. */
export function useHover(cy: Core | null) {
  useEffect(() => {
    if (!cy) return
    const over = (e: EventObject) => {
      cy.batch(() => {
        const near = e.target.closedNeighborhood()
        cy.elements().not(near).addClass('faded')
        near.addClass('hov')
      })
    }
    const out = () => cy.batch(() => cy.elements().removeClass('faded hov'))
    cy.on('mouseover', 'node', over)
    cy.on('mouseout', 'node', out)
    return () => {
      cy.removeListener('mouseover', 'node', over)
      cy.removeListener('mouseout', 'node', out)
    }
  }, [cy])
}
