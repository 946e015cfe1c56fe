'use client'
import { useState, type KeyboardEvent } from 'react'

interface Options<T> {
  /** The options shown, in order. */
  items: T[]
  /** Whether the list is showing. */
  shown: boolean
  setOpen: (open: boolean) => void
  /** Enter: the active option, or the first when none is active. */
  onChoose: (item: T | undefined) => void
  /** Escape with the list already closed (e.g. clear the text, then leave the box). */
  onEscapeClosed: () => void
}

/**
 * Keys of an ARIA 1.2 combobox whose input keeps focus: arrows move the active option (wrapping),
 * Enter chooses, Escape closes the list first. `active` is -1 when no option is active.
 */
export function useComboboxKeys<T>({ items, shown, setOpen, onChoose, onEscapeClosed }: Options<T>) {
  const [active, setActive] = useState(-1)
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      setOpen(true)
      const step = e.key === 'ArrowDown' ? 1 : -1
      setActive((a) => (items.length === 0 ? -1 : (a + step + items.length) % items.length))
    } else if (e.key === 'Enter') {
      e.preventDefault()
      onChoose(items[active] ?? items[0])
    } else if (e.key === 'Escape') {
      // Handled here so the page-level Esc (close panel) does not also fire.
      e.preventDefault()
      if (shown) setOpen(false)
      else onEscapeClosed()
    }
  }
  return { active: shown ? active : -1, setActive, onKeyDown }
}
