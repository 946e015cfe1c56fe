'use client'
/* eslint-disable react-hooks/refs -- Floating UI hands out ref setters and prop getters; nothing here reads a ref's value during render. */
import { useRef, useState, type MouseEvent } from 'react'
import {
  autoUpdate,
  flip,
  offset,
  safePolygon,
  shift,
  useDismiss,
  useFloating,
  useFocus,
  useHover,
  useInteractions,
  useRole,
} from '@floating-ui/react'

/** Hover must rest this long before a card opens: moving the mouse across links opens nothing. */
export const HOVER_CARD_DELAY = 350
/** A touch held this long previews instead of opening. */
const LONG_PRESS = 500

/**
 * Preview behaviour for one term reference, positioned by Floating UI: hover (mouse only, after a
 * short delay) or keyboard focus opens it; Escape, moving away or pressing elsewhere closes it; on
 * touch a long press opens it and the tap that ends the press does not follow the link. The
 * reference gets `aria-describedby` pointing at the card while it is open (role "tooltip").
 */
export function useHoverCard() {
  const [open, setOpen] = useState(false)
  const { refs, floatingStyles, context } = useFloating({
    open,
    onOpenChange: setOpen,
    placement: 'bottom-start',
    middleware: [offset(6), flip(), shift({ padding: 8 })],
    whileElementsMounted: autoUpdate,
  })
  const hover = useHover(context, {
    mouseOnly: true,
    delay: { open: HOVER_CARD_DELAY, close: 120 },
    handleClose: safePolygon(),
  })
  const focus = useFocus(context, { visibleOnly: true })
  const dismiss = useDismiss(context)
  const role = useRole(context, { role: 'tooltip' })
  const { getReferenceProps, getFloatingProps } = useInteractions([hover, focus, dismiss, role])

  const timer = useRef<number | undefined>(undefined)
  const pressed = useRef(false)
  const cancel = () => window.clearTimeout(timer.current)
  const touch = {
    onTouchStart: () => {
      pressed.current = false
      timer.current = window.setTimeout(() => {
        pressed.current = true
        setOpen(true)
      }, LONG_PRESS)
    },
    onTouchEnd: cancel,
    onTouchMove: cancel,
    onTouchCancel: cancel,
    // The click after a long press only previews; a short tap follows the link as usual.
    onClickCapture: (e: MouseEvent) => {
      if (!pressed.current) return
      pressed.current = false
      e.preventDefault()
      e.stopPropagation()
    },
    onContextMenu: (e: MouseEvent) => {
      if (pressed.current) e.preventDefault()
    },
  }
  return {
    open,
    setReference: refs.setReference,
    referenceProps: getReferenceProps(touch),
    floating: { floatingRef: refs.setFloating, style: floatingStyles, props: getFloatingProps() },
  }
}
