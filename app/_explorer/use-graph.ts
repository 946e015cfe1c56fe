'use client'
import { useCallback, useEffect, useState } from 'react'
import { checkGraph } from '@/lib/format/check-graph'
import { checkViewGraph } from '@/lib/format/check-view-graph'
import type { Lookup } from '@/lib/explorer/lookup'
import { fromViewGraph, toViewGraph, type ViewGraph } from '@/lib/format/view-graph'
import { SIZES } from '@/lib/format/settings'
import { withBasePath } from '@/lib/explorer/site-url'
import { GRAPH_CHANGED } from '@/lib/explorer/graph-changed'

export type GraphLoad =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  /** `complete` is false while only the lean graph is known (no definitions, evidence or search keys). */
  | { status: 'ready'; view: ViewGraph; lookup: Lookup; complete: boolean }

/** Resolves after the browser has painted what the last state update rendered. */
const afterPaint = () =>
  new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0))))

/** The graph model (graphology) arrives with the graph, not with the page's first scripts. */
const loadModel = () => import('@/lib/explorer/graph-model')

const sameNodes = (a: ViewGraph, b: ViewGraph) =>
  a.keys.length === b.keys.length && a.keys.every((k, i) => k === b.keys[i])

/**
 * Loads the graph in two steps on big glossaries: the lean /graph-view.json first (the canvas
 * draws from it), then /graph.json, parsed only after that first paint. Small glossaries wait for
 * graph.json alone. `retry` refetches after a failure; under `npm run dev` a new graph is refetched
 * in place (lib/explorer/graph-changed.ts).
 */
export function useGraph(
  url = withBasePath('/graph.json'),
  viewUrl = withBasePath('/graph-view.json'),
): GraphLoad & { retry: () => void } {
  const [load, setLoad] = useState<GraphLoad>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    const abort = new AbortController()
    const { signal } = abort
    // Both requests start now; the full text is read off the main thread while the canvas draws.
    // A refetch (retry, or a new graph under npm run dev) must not get the cached copy.
    const cache: RequestCache = attempt > 0 ? 'no-store' : 'default'
    const fullText = fetch(url, { signal, cache }).then((res) => {
      if (!res.ok) throw new Error(`HTTP ${res.status}`)
      return res.text()
    })
    const lean = fetch(viewUrl, { signal, cache })
      .then((res) => (res.ok ? res.json() : undefined))
      .then((data: unknown) => checkViewGraph(data))
      // A missing or stale view file only costs speed: graph.json has everything.
      .catch(() => undefined)
    const model = loadModel()
    const run = async () => {
      const view = await lean
      if (signal.aborted) return
      if (view && view.keys.length >= SIZES.leanFirst) {
        const { buildLookup } = await model
        if (signal.aborted) return
        setLoad({ status: 'ready', view, lookup: buildLookup(fromViewGraph(view)), complete: false })
        await afterPaint()
      }
      const g = checkGraph(JSON.parse(await fullText))
      const { buildLookup } = await model
      if (signal.aborted) return
      const fromFull = toViewGraph(g)
      // Keep the drawn view (same object: the canvas is not rebuilt) unless it is not this graph.
      const drawn = view && sameNodes(view, fromFull) ? view : fromFull
      setLoad({ status: 'ready', view: drawn, lookup: buildLookup(g), complete: true })
    }
    run().catch((err: unknown) => {
      if (signal.aborted) return
      setLoad({ status: 'error', message: err instanceof Error ? err.message : String(err) })
    })
    return () => abort.abort()
  }, [url, viewUrl, attempt])
  // Under npm run dev, a new graph is fetched in place; the old one stays drawn until it is ready.
  useEffect(() => {
    const refetch = (event: Event) => {
      event.preventDefault()
      setAttempt((n) => n + 1)
    }
    window.addEventListener(GRAPH_CHANGED, refetch)
    return () => window.removeEventListener(GRAPH_CHANGED, refetch)
  }, [])
  const retry = useCallback(() => {
    setLoad({ status: 'loading' })
    setAttempt((n) => n + 1)
  }, [])
  return { ...load, retry }
}
