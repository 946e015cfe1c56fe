'use client'
import { useEffect } from 'react'
import { hidePreviewShell } from './PreviewTakeover'
import { useGraph } from './use-graph'
import { ExplorerView } from './ExplorerView'
import { watchFirstGesture } from './first-gesture'

/** Entry of the explorer: loading and error states around the real view. */
export function Explorer() {
  const load = useGraph()
  // The overview is already on screen as a picture: Cytoscape loads on the reader's first gesture
  // (first-gesture.ts), unless the URL asks for another view or there is no picture.
  useEffect(
    () => watchFirstGesture(Boolean(location.search) || !document.querySelector('[data-graph-preview]')),
    [],
  )
  useEffect(() => {
    if (load.status === 'error') hidePreviewShell()
  }, [load.status])
  // The static HTML's picture of the graph stays on screen while the graph loads.
  if (load.status === 'loading') {
    return (
      <p className="visually-hidden" role="status" aria-live="polite">
        正在加载术语图谱…
      </p>
    )
  }
  if (load.status === 'error') {
    return (
      <div className="state-screen" role="alert">
        <h1>术语图谱加载失败</h1>
        <p>无法读取 /graph.json（{load.message}）。请检查网络后重试。</p>
        <button type="button" className="button" onClick={load.retry}>
          重试
        </button>
      </div>
    )
  }
  return (
    <>
      <ExplorerView lookup={load.lookup} view={load.view} complete={load.complete} />
      {!load.complete && (
        <p className="loading-note" role="status" aria-live="polite">
          正在加载术语图谱…
        </p>
      )}
    </>
  )
}
