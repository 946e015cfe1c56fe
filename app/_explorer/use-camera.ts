'use client'
import { useEffect, useRef } from 'react'
import type { Core } from 'cytoscape'
import type { InView } from '@/lib/view'

const PADDING = 40
const DURATION = 300

/**
 * Applies the view to the canvas: hides what is out of view, marks the selection and its
 * neighbours, and moves the camera — fit when the filters change, centre when the selection does.
 */
export function useCamera(cy: Core | null, inView: InView, selectedId: string | undefined) {
  const first = useRef(true)
  useEffect(() => {
    if (!cy) return
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        n.toggleClass('hidden', !inView.nodes.has(n.id()))
      })
      cy.edges().forEach((e) => {
        e.toggleClass('hidden', !inView.edges.has(e.id()))
      })
    })
    const visible = cy.elements().not('.hidden')
    cy.stop()
    if (first.current) cy.fit(visible, PADDING)
    else cy.animate({ fit: { eles: visible, padding: PADDING }, duration: DURATION })
  }, [cy, inView])

  useEffect(() => {
    if (!cy) return
    cy.batch(() => {
      cy.elements().removeClass('picked near')
      if (!selectedId) return
      const node = cy.getElementById(selectedId)
      node.addClass('picked')
      node.closedNeighborhood().not(node).addClass('near')
    })
    const node = selectedId ? cy.getElementById(selectedId) : undefined
    const centre = node && node.nonempty() && !node.hasClass('hidden')
    if (centre) {
      const zoom = Math.max(cy.zoom(), 1)
      // Wait for a pending fit so both animations do not fight; the first placement is instant.
      if (first.current) {
        cy.zoom(zoom)
        cy.center(node)
      } else cy.animate({ center: { eles: node }, zoom, duration: DURATION })
    }
    first.current = false
  }, [cy, selectedId])
}
