'use client'
import { useCallback, useMemo, useSyncExternalStore } from 'react'
import type { Lookup } from '@/lib/explorer/lookup'
import { knownStorageKey, parseKnown, serializeKnown } from '@/lib/explorer/progress'

/** Components that show progress re-read it when any of them changes it (and on other tabs' changes). */
const listeners = new Set<() => void>()
const notify = () => listeners.forEach((l) => l())

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  window.addEventListener('storage', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', listener)
  }
}

/** Reading storage can throw (privacy modes, a full quota): progress is then simply empty. */
function read(key: string): string {
  try {
    return localStorage.getItem(key) ?? ''
  } catch {
    return ''
  }
}

export interface Known {
  /** Slugs of the terms the reader marked "I know this". */
  known: ReadonlySet<string>
  toggle: (slug: string) => void
}

/** The reader's known terms of this glossary, kept in localStorage (see lib/explorer/progress.ts). */
export function useKnown(lookup: Lookup): Known {
  const key = useMemo(() => knownStorageKey(lookup), [lookup])
  const raw = useSyncExternalStore(
    subscribe,
    () => read(key),
    () => '',
  )
  const known = useMemo(() => parseKnown(raw, lookup), [raw, lookup])
  const toggle = useCallback(
    (slug: string) => {
      const next = new Set(parseKnown(read(key), lookup))
      if (next.has(slug)) next.delete(slug)
      else next.add(slug)
      try {
        localStorage.setItem(key, serializeKnown(next))
      } catch {
        // Without storage the choice lasts until the page is left.
      }
      notify()
    },
    [key, lookup],
  )
  return { known, toggle }
}
