'use client'
import { useEffect, useMemo } from 'react'
import type { Core } from 'cytoscape'
import type { Lookup } from '@/lib/explorer/lookup'
import type { PathResult } from '@/lib/explorer/paths'
import type { InView } from '@/lib/explorer/view'
import { setClassWhere, syncClass } from './classes'
import { loadGraphAlgorithms, useLazy } from '../use-lazy'
import { fitViewport } from './use-camera'

const DURATION = 300

/** The ids a path result lights: both ends, and every node and edge on its paths. */
export function pathIds(from: string, to: string, result: PathResult): Set<string> {
  const steps = result.paths.flat()
  return new Set([from, to, ...steps.flatMap((s) => [s.from, s.to, s.edge.id])])
}

/** Gives `on-path` to exactly the ids, and `off-path` to everything else while there is a path. */
export function markPath(cy: Core, ids: Set<string>): void {
  syncClass(cy, 'on-path', ids)
  setClassWhere(cy, 'off-path', (id) => ids.size > 0 && !ids.has(id))
}

/**
 * Shows "how are A and B related" on the canvas: the shortest paths' nodes and edges get the
 * class `on-path` (the contract end-to-end tests read), everything else `off-path` (dimmed), and
 * the camera fits the paths.
 */
export function usePathOnCanvas(
  cy: Core | null,
  lookup: Lookup,
  path: { from: string; to: string } | undefined,
  /** What is on the canvas: elements coming back carry the classes they left with. */
  inView: InView,
) {
  const algo = useLazy(loadGraphAlgorithms, path !== undefined)
  const ids = useMemo(() => {
    const a = path && lookup.terms.get(path.from)
    const b = path && lookup.terms.get(path.to)
    if (!algo || !a || !b) return new Set<string>()
    return pathIds(a.id, b.id, algo.shortestPaths(lookup, a.id, b.id))
  }, [algo, lookup, path])
  useEffect(() => {
    if (!cy || cy.destroyed()) return
    markPath(cy, ids)
  }, [cy, ids, inView])
  useEffect(() => {
    if (!cy || cy.destroyed() || ids.size === 0) return
    const shown = cy.$('.on-path')
    if (shown.empty()) return
    cy.stop()
    // Into the part of the canvas the phone's bottom sheet leaves visible.
    cy.animate({ ...fitViewport(cy, shown), duration: DURATION })
  }, [cy, ids])
}
