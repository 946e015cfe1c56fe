'use client'
import { useEffect, useRef } from 'react'

const typing = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName))

/** Global keys: `/` or Ctrl/⌘+K focuses search; Esc (not consumed by a widget) closes the panel. */
export function useShortcuts(onSearch: () => void, onEscape: () => void) {
  const handlers = useRef({ onSearch, onEscape })
  useEffect(() => {
    handlers.current = { onSearch, onEscape }
  }, [onSearch, onEscape])
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return
      if ((e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey)) {
        e.preventDefault()
        handlers.current.onSearch()
      } else if (e.key === '/' && !typing(e.target)) {
        e.preventDefault()
        handlers.current.onSearch()
      } else if (e.key === 'Escape') {
        // An open preview card takes the first Escape (it closes itself).
        if (document.querySelector('[data-preview-open]')) return
        handlers.current.onEscape()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
