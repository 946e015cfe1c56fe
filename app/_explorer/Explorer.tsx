'use client'
import { useEffect } from 'react'
import { useQueryState } from 'nuqs'
import type { Lang } from '@/lib/explorer/i18n/messages'
import { parseViewState } from '@/lib/explorer/url-state'
import { MessagesProvider, useMessages } from './messages-context'
import { hideFirstViewShell } from './handover/PictureTakeover'
import { useGraph } from './use-graph'
import { ExplorerView } from './ExplorerView'
import { watchFirstGesture } from './handover/first-gesture'

/**
 * Entry of the explorer: the UI language (the URL's `lang`, else the glossary's, decided at build
 * time) around the loading and error states and the real view.
 */
export function Explorer({ defaultLang }: { defaultLang: Lang }) {
  const [raw] = useQueryState('lang')
  const lang = parseViewState({ lang: raw }).state.lang ?? defaultLang
  // The static HTML says the glossary's language; a reader's choice changes it here.
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en'
  }, [lang])
  return (
    <MessagesProvider lang={lang}>
      <ExplorerBody />
    </MessagesProvider>
  )
}

function ExplorerBody() {
  const m = useMessages()
  const load = useGraph()
  // The overview is already on screen as a picture: Cytoscape loads on the reader's first gesture
  // (first-gesture.ts), unless the URL asks for another view or there is no picture.
  useEffect(
    () => watchFirstGesture(Boolean(location.search) || !document.querySelector('[data-graph-preview]')),
    [],
  )
  useEffect(() => {
    if (load.status === 'error') hideFirstViewShell()
  }, [load.status])
  // The static HTML's picture of the graph stays on screen while the graph loads.
  if (load.status === 'loading') {
    return (
      <p className="visually-hidden" role="status" aria-live="polite">
        {m.loading.graph}
      </p>
    )
  }
  if (load.status === 'error') {
    return (
      <div className="state-screen" role="alert">
        <h1>{m.loading.failed}</h1>
        <p>{m.loading.failedDetail(load.message)}</p>
        <button type="button" className="button" onClick={load.retry}>
          {m.loading.retry}
        </button>
      </div>
    )
  }
  return (
    <>
      <ExplorerView lookup={load.lookup} view={load.view} complete={load.complete} />
      {!load.complete && (
        <p className="loading-note" role="status" aria-live="polite">
          {m.loading.graph}
        </p>
      )}
    </>
  )
}
