'use client'
import { useCallback, useEffect, useRef } from 'react'

/**
 * Remembers the last focused element outside the detail panel, so closing the panel (Escape)
 * puts focus back where the reader was (the canvas, the search box, a list item) instead of
 * dropping it to `<body>` with the panel's content. `fallback` is used when that element is gone.
 */
export function useReturnFocus(panelSelector: string, fallback: () => HTMLElement | null) {
  const last = useRef<HTMLElement | null>(null)
  useEffect(() => {
    const onFocus = (e: FocusEvent) => {
      const t = e.target
      if (t instanceof HTMLElement && !t.closest(panelSelector)) last.current = t
    }
    document.addEventListener('focusin', onFocus)
    return () => document.removeEventListener('focusin', onFocus)
  }, [panelSelector])
  return useCallback(
    (close: () => void) => {
      const active = document.activeElement
      const fromPanel = !active || active === document.body || Boolean(active.closest(panelSelector))
      close()
      if (!fromPanel) return
      const target = last.current?.isConnected ? last.current : fallback()
      // After React has removed the panel's content.
      requestAnimationFrame(() => target?.focus({ preventScroll: true }))
    },
    [panelSelector, fallback],
  )
}
