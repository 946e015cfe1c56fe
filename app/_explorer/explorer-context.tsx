'use client'
import { createContext, useContext } from 'react'
import type { Lookup } from '@/lib/explorer/lookup'
import type { Search } from '@/lib/explorer/search'
import type { ViewState } from '@/lib/explorer/url-state'
import type { Update } from './use-view'
import type { Selection } from './use-selection'

/** What nearly every explorer component needs: the graph, the view state from the URL, its writer and the selection. */
export interface ExplorerContextValue {
  lookup: Lookup
  state: ViewState
  update: Update
  /** The selected node and the ways to change it (see use-selection). */
  selection: Selection
  /** Search over every node (names first, then definitions and evidence). */
  search: Search
  /** False while only the lean graph is loaded (big glossaries): no definitions or evidence yet. */
  complete: boolean
}

const ExplorerContext = createContext<ExplorerContextValue | null>(null)

/** Provides the graph and view state to the explorer's components. */
export const ExplorerProvider = ExplorerContext.Provider

/** The graph and view state; throws outside the explorer, where there is neither. */
export function useExplorer(): ExplorerContextValue {
  const value = useContext(ExplorerContext)
  if (!value) throw new Error('useExplorer: used outside <ExplorerProvider>')
  return value
}
