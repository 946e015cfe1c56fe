'use client'
import { useCallback, useEffect, useRef } from 'react'

/**
 * Calls `commit` after `delay` ms of quiet, so typing does not re-render everything that follows
 * the committed value. `now` commits at once and `cancel` drops a pending commit (both used
 * when the user picks or clears).
 */
export function useDebouncedCommit<T>(commit: (value: T) => void, delay: number) {
  const pending = useRef<number | undefined>(undefined)
  const latest = useRef(commit)
  useEffect(() => {
    latest.current = commit
  }, [commit])
  useEffect(() => () => window.clearTimeout(pending.current), [])
  const cancel = useCallback(() => window.clearTimeout(pending.current), [])
  const later = useCallback(
    (value: T) => {
      window.clearTimeout(pending.current)
      pending.current = window.setTimeout(() => latest.current(value), delay)
    },
    [delay],
  )
  const now = useCallback((value: T) => {
    window.clearTimeout(pending.current)
    latest.current(value)
  }, [])
  return { later, now, cancel }
}
