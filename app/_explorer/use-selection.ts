'use client'
import { useCallback, useMemo } from 'react'
import { conceptKey } from '@/lib/format/keys'
import type { GNode, Lookup } from '@/lib/explorer/lookup'
import type { ViewState } from '@/lib/explorer/url-state'
import type { Update } from './use-view'

export interface Selection {
  /** Node key of the selected term or concept. */
  selectedId: string | undefined
  selected: GNode | undefined
  selectTerm: (slug: string) => void
  selectConcept: (slug: string) => void
  /** Selects a node by its graph key (term or concept). */
  selectNode: (id: string) => void
  /** Selects a search hit and keeps the query that found it, in one history entry. */
  pick: (id: string, q: string) => void
  /** Clears the selection (closes the panel); a no-op when nothing is selected. */
  clear: () => void
}

/**
 * The selection is the URL's `term` or `concept`. Selecting is navigation: every change pushes
 * a history entry, so Back returns to the previous term (filters replace instead).
 */
export function useSelection(lookup: Lookup, state: ViewState, update: Update): Selection {
  const selectedId = state.term ?? (state.concept ? conceptKey(state.concept) : undefined)
  const selectTerm = useCallback(
    (slug: string) => update({ term: slug, concept: undefined }, 'push'),
    [update],
  )
  const selectConcept = useCallback(
    (slug: string) => update({ term: undefined, concept: slug }, 'push'),
    [update],
  )
  const selectNode = useCallback(
    (id: string) => {
      const n = lookup.nodes.get(id)
      if (n?.kind === 'term') selectTerm(n.slug)
      else if (n) selectConcept(n.slug)
    },
    [lookup, selectTerm, selectConcept],
  )
  const pick = useCallback(
    (id: string, q: string) => {
      const n = lookup.nodes.get(id)
      if (!n) return
      update(
        n.kind === 'term' ? { term: n.slug, concept: undefined, q } : { term: undefined, concept: n.slug, q },
        'push',
      )
    },
    [lookup, update],
  )
  const { term, concept } = state
  const clear = useCallback(() => {
    if (term !== undefined || concept !== undefined) update({ term: undefined, concept: undefined }, 'push')
  }, [term, concept, update])
  return useMemo(
    () => ({
      selectedId,
      selected: selectedId ? lookup.nodes.get(selectedId) : undefined,
      selectTerm,
      selectConcept,
      selectNode,
      pick,
      clear,
    }),
    [lookup, selectedId, selectTerm, selectConcept, selectNode, pick, clear],
  )
}
