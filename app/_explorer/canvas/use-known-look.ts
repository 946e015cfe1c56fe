'use client'
import { useEffect } from 'react'
import type { Core } from 'cytoscape'
import type { Lookup } from '@/lib/explorer/lookup'
import { setClassWhere } from './classes'

/** Known terms wear the `known` class on the canvas (a double ring and a ✓, see cy-style.ts). */
export function useKnownLook(cy: Core | null, lookup: Lookup, known: ReadonlySet<string>) {
  useEffect(() => {
    if (!cy || cy.destroyed()) return
    const ids = new Set([...known].flatMap((slug) => lookup.terms.get(slug)?.id ?? []))
    setClassWhere(cy, 'known', (id) => ids.has(id), 'node')
  }, [cy, lookup, known])
}
