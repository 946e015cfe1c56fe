'use client'
import { useDeferredValue, useEffect } from 'react'
import { useQueryState } from 'nuqs'
import type { Lang } from '@/lib/explorer/i18n/messages'
import { parseViewState } from '@/lib/explorer/url-state'
import { MessagesProvider, useMessages } from './messages-context'
import { hideFirstViewShell } from './handover/PictureTakeover'
import { useGraph } from './use-graph'
import { watchFirstGesture } from './handover/first-gesture'
import { useLazy } from './use-lazy'

/**
 * The explorer's view and everything under it, in a chunk of its own: evaluating all of the
 * explorer's modules inside the page's first script task made that the page's longest task.
 * Requested as soon as this module runs, beside graph.json, so it is here when the graph is.
 */
const loadView = () => import('./ExplorerView')
if (typeof window !== 'undefined') void loadView()

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
  const code = useLazy(loadView)
  // The overview is already on screen as a picture: Cytoscape loads on the reader's first gesture
  // (first-gesture.ts), or at once when there is no picture. A view the picture is not (a
  // selection, a filter) asks for it once the explorer has rendered that view (LazyCanvas), so
  // the panel a reader clicked for comes first.
  useEffect(() => watchFirstGesture(!document.querySelector('[data-graph-preview]')), [])
  useEffect(() => {
    if (load.status === 'error') hideFirstViewShell()
  }, [load.status])
  // The static HTML's picture of the graph stays on screen while the graph loads.
  // The explorer's first render is the page's biggest piece of work: as a deferred value React
  // renders it in slices that leave the main thread free between them (no long task for a tap or a
  // scroll to wait behind), while the picture stays on screen.
  const ready = load.status === 'ready'
  const view = useDeferredValue(ready ? load.view : undefined)
  const lookup = useDeferredValue(ready ? load.lookup : undefined)
  const complete = useDeferredValue(ready && load.complete)
  if (load.status === 'loading' || (ready && (!view || !lookup || !code))) {
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
      {view && lookup && code && <code.ExplorerView lookup={lookup} view={view} complete={complete} />}
      {!complete && (
        <p className="loading-note" role="status" aria-live="polite">
          {m.loading.graph}
        </p>
      )}
    </>
  )
}
