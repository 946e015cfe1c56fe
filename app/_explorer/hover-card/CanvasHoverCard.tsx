'use client'
import { useEffect, useState } from 'react'
import type { Core, EventObject, NodeSingular } from 'cytoscape'
import { autoUpdate, flip, offset, shift, useFloating } from '@floating-ui/react'
import { HoverCard } from './HoverCard'
import { HOVER_CARD_DELAY } from './use-hover-card'

/** A rectangle in page coordinates for Floating UI: where the node is drawn right now. */
function nodeRect(cy: Core, node: NodeSingular) {
  return () => {
    if (cy.destroyed()) return { x: 0, y: 0, left: 0, top: 0, width: 0, height: 0, right: 0, bottom: 0 }
    const box = cy.container()?.getBoundingClientRect()
    const bb = node.renderedBoundingBox({ includeLabels: false })
    const x = (box?.left ?? 0) + bb.x1
    const y = (box?.top ?? 0) + bb.y1
    return { x, y, left: x, top: y, width: bb.w, height: bb.h, right: x + bb.w, bottom: y + bb.h }
  }
}

/**
 * The preview card for canvas nodes: after resting on a node with the mouse, on a long press
 * (Cytoscape's `taphold`) on touch, or when `keyboardId` names the node the keyboard moved to.
 * Panning, zooming or leaving the node hides it.
 */
export default function CanvasHoverCard({
  cy,
  keyboardId,
}: {
  cy: Core | null
  keyboardId?: string | undefined
}) {
  const [hovered, setHovered] = useState<string | undefined>(undefined)
  const shown = hovered ?? keyboardId
  const { refs, floatingStyles } = useFloating({
    open: shown !== undefined,
    placement: 'right-start',
    middleware: [offset(10), flip(), shift({ padding: 8 })],
    whileElementsMounted: autoUpdate,
  })
  useEffect(() => {
    if (!cy || !shown) return
    const node = cy.getElementById(shown)
    if (node.empty() || !node.isNode()) return
    refs.setPositionReference({ getBoundingClientRect: nodeRect(cy, node) })
  }, [cy, shown, refs])
  useEffect(() => {
    if (!cy) return
    let timer: number | undefined
    const over = (e: EventObject) => {
      window.clearTimeout(timer)
      const id: string = e.target.id()
      timer = window.setTimeout(() => setHovered(id), HOVER_CARD_DELAY)
    }
    const hold = (e: EventObject) => setHovered(e.target.id())
    const hide = () => {
      window.clearTimeout(timer)
      setHovered(undefined)
    }
    cy.on('mouseover', 'node', over)
    cy.on('taphold', 'node', hold)
    cy.on('mouseout', 'node', hide)
    cy.on('viewport tapstart', hide)
    // Leaving the canvas altogether fires no `mouseout` on the node.
    const box = cy.container()
    box?.addEventListener('mouseleave', hide)
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') hide()
    }
    window.addEventListener('keydown', onKey)
    return () => {
      box?.removeEventListener('mouseleave', hide)
      window.removeEventListener('keydown', onKey)
      window.clearTimeout(timer)
      cy.removeListener('mouseover', 'node', over)
      cy.removeListener('taphold', 'node', hold)
      cy.removeListener('mouseout', 'node', hide)
      cy.removeListener('viewport tapstart', hide)
    }
  }, [cy])
  if (!shown) return null
  return (
    <HoverCard
      nodeId={shown}
      floatingRef={refs.setFloating}
      style={floatingStyles}
      props={{ id: 'canvas-preview', role: 'tooltip' }}
    />
  )
}
