'use client'
import { useEffect, useState } from 'react'

/**
 * A module loaded on first use (graph algorithms pull in graphology, which the first paint does
 * not need); undefined until it arrives. `load` must be a stable function, e.g. module-level.
 */
export function useLazy<M>(load: () => Promise<M>, wanted = true): M | undefined {
  const [mod, setMod] = useState<M | undefined>(undefined)
  useEffect(() => {
    if (!wanted || mod) return
    let live = true
    void load().then((m) => {
      if (live) setMod(() => m)
    })
    return () => {
      live = false
    }
  }, [load, wanted, mod])
  return mod
}

/** Path finding, reading order and what to learn next (graphology), loaded when a panel first needs them. */
export const loadGraphAlgorithms = () =>
  Promise.all([
    import('@/lib/explorer/paths'),
    import('@/lib/explorer/reading-order'),
    import('@/lib/explorer/progress'),
  ]).then(([paths, readingOrder, progress]) => ({
    ...paths,
    ...readingOrder,
    nextToLearn: progress.nextToLearn,
  }))
