'use client'
import { useEffect, useMemo } from 'react'
import type { Core } from 'cytoscape'
import type { Lookup } from '@/lib/explorer/lookup'
import { syncClass } from './classes'
import { loadGraphAlgorithms, useLazy } from './use-lazy'
import { fitViewport } from './use-camera'

const DURATION = 300

/**
 * Shows "how are A and B related" on the canvas: the shortest paths' nodes and edges get the
 * class `on-path` (the contract end-to-end tests read), everything else `off-path` (dimmed), and
 * the camera fits the paths.
 */
export function usePathOnCanvas(
  cy: Core | null,
  lookup: Lookup,
  path: { from: string; to: string } | undefined,
) {
  const algo = useLazy(loadGraphAlgorithms, path !== undefined)
  const ids = useMemo(() => {
    const a = path && lookup.terms.get(path.from)
    const b = path && lookup.terms.get(path.to)
    if (!algo || !a || !b) return new Set<string>()
    const steps = algo.shortestPaths(lookup, a.id, b.id).paths.flat()
    return new Set([a.id, b.id, ...steps.flatMap((s) => [s.from, s.to, s.edge.id])])
  }, [algo, lookup, path])
  useEffect(() => {
    if (!cy || cy.destroyed()) return
    syncClass(cy, 'on-path', ids)
    const on = ids.size > 0
    cy.batch(() => {
      if (on) cy.elements().not('.on-path').addClass('off-path')
      else cy.$('.off-path').removeClass('off-path')
    })
    if (!on) return
    const shown = cy.$('.on-path').not('.hidden')
    if (shown.empty()) return
    cy.stop()
    // Into the part of the canvas the phone's bottom sheet leaves visible.
    cy.animate({ ...fitViewport(cy, shown), duration: DURATION })
  }, [cy, ids])
}
