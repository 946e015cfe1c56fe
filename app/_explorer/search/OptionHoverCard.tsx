'use client'
import { useLayoutEffect } from 'react'
import { autoUpdate, flip, offset, shift, useFloating } from '@floating-ui/react'
import { HoverCard } from '../hover-card/HoverCard'

/**
 * The preview beside a search suggestion (the active one, moved to by arrow keys or the mouse).
 * The option points at it with `aria-describedby`, so screen readers read it after the option.
 */
export default function OptionHoverCard({
  anchorId,
  nodeId,
  id,
}: {
  anchorId: string
  nodeId: string
  id: string
}) {
  const { refs, floatingStyles } = useFloating({
    placement: 'right-start',
    middleware: [offset(8), flip({ fallbackPlacements: ['left-start', 'bottom'] }), shift({ padding: 8 })],
    whileElementsMounted: autoUpdate,
  })
  useLayoutEffect(() => {
    refs.setReference(document.getElementById(anchorId))
  }, [anchorId, refs])
  return (
    <HoverCard
      nodeId={nodeId}
      floatingRef={refs.setFloating}
      style={floatingStyles}
      props={{ id, role: 'tooltip' }}
    />
  )
}
