'use client'
import { useEffect } from 'react'
import type { Core, EventObject } from 'cytoscape'

// Dimming restyles every element: on big graphs only the neighbourhood is highlighted.
const DIM_LIMIT = 4000

/**
 * While a node is selected, its neighbourhood keeps the hover look (everything else dimmed, class
 * `dim`) until it is deselected; a tap on the empty canvas deselects (`onBackground`).
 */
export function useSelectionLook(cy: Core | null, selectedId: string | undefined, onBackground: () => void) {
  useEffect(() => {
    if (!cy || cy.destroyed()) return
    cy.batch(() => {
      cy.$('.dim').removeClass('dim')
      const picked = selectedId ? cy.getElementById(selectedId) : undefined
      if (!picked || picked.empty() || cy.elements().length > DIM_LIMIT) return
      cy.elements().not(picked.closedNeighborhood()).addClass('dim')
    })
  }, [cy, selectedId])
  useEffect(() => {
    if (!cy || cy.destroyed()) return
    const tap = (e: EventObject) => {
      if (e.target === cy) onBackground()
    }
    cy.on('tap', tap)
    return () => {
      cy.removeListener('tap', tap)
    }
  }, [cy, onBackground])
}
