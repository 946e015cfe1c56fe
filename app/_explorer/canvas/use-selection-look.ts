'use client'
import { useEffect } from 'react'
import type { Core, EventObject } from 'cytoscape'
import type { InView } from '@/lib/explorer/view'
import { setClassWhere } from './classes'
import { SIZES } from '@/lib/format/settings'

/**
 * Dims (class `dim`) everything but the selection's neighbourhood, on graphs small enough to dim;
 * nothing without a selection.
 */
export function dimAround(cy: Core, selectedId: string | undefined): void {
  const picked = selectedId ? cy.getElementById(selectedId) : cy.collection()
  const lit =
    picked.nonempty() && cy.elements().length <= SIZES.dim
      ? new Set(picked.closedNeighborhood().map((el) => el.id()))
      : undefined
  setClassWhere(cy, 'dim', (id) => lit !== undefined && !lit.has(id))
}

/**
 * While a node is selected, its neighbourhood keeps the hover look (everything else dimmed, class
 * `dim`) until it is deselected; a tap on the empty canvas deselects (`onBackground`).
 */
export function useSelectionLook(
  cy: Core | null,
  selectedId: string | undefined,
  /** What is on the canvas: elements coming back carry the look they left with. */
  inView: InView,
  onBackground: () => void,
) {
  useEffect(() => {
    if (!cy || cy.destroyed()) return
    dimAround(cy, selectedId)
  }, [cy, selectedId, inView])
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
