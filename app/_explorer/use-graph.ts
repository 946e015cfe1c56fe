'use client'
import { useCallback, useEffect, useState } from 'react'
import { checkGraph } from '@/lib/check-graph'
import { buildLookup, type Lookup } from '@/lib/lookup'

export type GraphLoad =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; lookup: Lookup }

/** Fetches and checks /graph.json once; `retry` refetches after a failure. */
export function useGraph(url = '/graph.json'): GraphLoad & { retry: () => void } {
  const [load, setLoad] = useState<GraphLoad>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    const abort = new AbortController()
    fetch(url, { signal: abort.signal })
      .then((res) => {
        if (!res.ok) throw new Error(`HTTP ${res.status}`)
        return res.json()
      })
      .then((data: unknown) => setLoad({ status: 'ready', lookup: buildLookup(checkGraph(data)) }))
      .catch((err: unknown) => {
        if (abort.signal.aborted) return
        setLoad({ status: 'error', message: err instanceof Error ? err.message : String(err) })
      })
    return () => abort.abort()
  }, [url, attempt])
  const retry = useCallback(() => {
    setLoad({ status: 'loading' })
    setAttempt((n) => n + 1)
  }, [])
  return { ...load, retry }
}
