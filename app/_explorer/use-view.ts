'use client'
import { useCallback, useMemo } from 'react'
import { parseAsString, useQueryStates } from 'nuqs'
import type { Lookup } from '@/lib/explorer/lookup'
import {
  parseViewState,
  resolveViewState,
  serializeViewState,
  type Problem,
  type ViewState,
} from '@/lib/explorer/url-state'

// Every parameter is read as a raw string; lib/url-state.ts decides what it means, so bad
// values can be reported by name instead of silently becoming defaults.
const raw = {
  term: parseAsString,
  concept: parseAsString,
  focus: parseAsString,
  depth: parseAsString,
  concepts: parseAsString,
  q: parseAsString,
  kinds: parseAsString,
  isolated: parseAsString,
  view: parseAsString,
  from: parseAsString,
  to: parseAsString,
  group: parseAsString,
  order: parseAsString,
  lang: parseAsString,
  compare: parseAsString,
  layout: parseAsString,
}

export type Update = (patch: Partial<ViewState>, how?: 'push' | 'replace') => void

/**
 * The view state from the URL, checked against the graph once it is loaded. `update` writes the
 * whole state back: selections push a history entry, filter changes replace it (the caller says which).
 */
export function useView(lookup: Lookup | undefined): {
  state: ViewState
  problems: Problem[]
  update: Update
} {
  const [params, setParams] = useQueryStates(raw, { scroll: false, shallow: true })
  const { state, problems } = useMemo(() => {
    const parsed = parseViewState(params)
    if (!lookup) return parsed
    const resolved = resolveViewState(parsed.state, {
      hasTerm: (s) => lookup.terms.has(s),
      hasConcept: (s) => lookup.concepts.has(s),
      hasGroup: (g) => [...lookup.terms.values()].some((t) => t.community === g),
    })
    return { state: resolved.state, problems: [...parsed.problems, ...resolved.problems] }
  }, [params, lookup])
  const update = useCallback<Update>(
    (patch, how = 'replace') => {
      const next: ViewState = { ...state, ...patch }
      // `undefined` in a patch means "remove"; spread keeps the key, so drop it explicitly.
      for (const k of ['term', 'concept', 'focus', 'from', 'to', 'group'] as const)
        if (k in patch && patch[k] === undefined) delete next[k]
      void setParams(serializeViewState(next), { history: how })
    },
    [state, setParams],
  )
  return { state, problems, update }
}
