'use client'
import { useCallback, useMemo } from 'react'
import { conceptKey } from '@/lib/format/keys'
import type { GNode, Lookup } from '@/lib/explorer/lookup'
import type { ViewState } from '@/lib/explorer/url-state'
import type { Update } from './use-view'

// Selecting anything leaves the path view: the panel shows one thing at a time.
const NO_PATH = { from: undefined, to: undefined }
const NO_CONCEPT = { concept: undefined, ...NO_PATH }
const NO_TERM = { term: undefined, ...NO_PATH }

export interface Selection {
  /** Node key of the selected term or concept. */
  selectedId: string | undefined
  /** Slugs of the two ends when the panel shows the path between them. */
  path: { from: string; to: string } | undefined
  selected: GNode | undefined
  selectTerm: (slug: string) => void
  selectConcept: (slug: string) => void
  /** Selects a node by its graph key (term or concept). */
  selectNode: (id: string) => void
  /** Selects a search hit and keeps the query that found it, in one history entry. */
  pick: (id: string, q: string) => void
  /** Clears the selection or path (closes the panel); a no-op when nothing is selected. */
  clear: () => void
}

/**
 * The selection is the URL's `term` or `concept`. Selecting is navigation: every change pushes
 * a history entry, so Back returns to the previous term (filters replace instead).
 */
export function useSelection(lookup: Lookup, state: ViewState, update: Update): Selection {
  const selectedId = state.term ?? (state.concept ? conceptKey(state.concept) : undefined)
  const selectTerm = useCallback((slug: string) => update({ term: slug, ...NO_CONCEPT }, 'push'), [update])
  const selectConcept = useCallback((slug: string) => update({ ...NO_TERM, concept: slug }, 'push'), [update])
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
        n.kind === 'term' ? { term: n.slug, ...NO_CONCEPT, q } : { ...NO_TERM, concept: n.slug, q },
        'push',
      )
    },
    [lookup, update],
  )
  const { term, concept, from, to } = state
  const clear = useCallback(() => {
    if (term !== undefined || concept !== undefined || from !== undefined)
      update({ ...NO_TERM, ...NO_CONCEPT }, 'push')
  }, [term, concept, from, update])
  return useMemo(
    () => ({
      selectedId,
      path: from !== undefined && to !== undefined ? { from, to } : undefined,
      selected: selectedId ? lookup.nodes.get(selectedId) : undefined,
      selectTerm,
      selectConcept,
      selectNode,
      pick,
      clear,
    }),
    [lookup, selectedId, from, to, selectTerm, selectConcept, selectNode, pick, clear],
  )
}
