'use client'
import { useEffect, useRef } from 'react'
import { pictureOf, type PictureNode } from '@/lib/explorer/picture'
import { pickedNode, type PicturePick } from '@/lib/explorer/picture-pick'
import type { ViewGraph } from '@/lib/format/view-graph'
import type { Selection } from '../use-selection'

/**
 * Takes the clicks the first view's inline script caught on the picture
 * (lib/explorer/picture-click-script.ts) while the canvas is not there to take them: the one that
 * came before the explorer was up, then every later one until Cytoscape takes over. A node selects
 * it, as a tap on the canvas would; the background clears the selection, as on the canvas. A
 * build-time image (the map) has no nodes to hit: its picks are resolved to the nearest node by
 * position, with the same geometry the image was drawn from (computed on the first such pick).
 */
export function usePictureClicks(view: ViewGraph, selection: Selection): void {
  const current = useRef(selection)
  useEffect(() => {
    current.current = selection
  }, [selection])
  useEffect(() => {
    let nodes: PictureNode[] | undefined
    const resolve = (pick: PicturePick) => pickedNode(pick, pick.key ? [] : (nodes ??= pictureOf(view).nodes))
    const take = (pick: PicturePick) => {
      const key = resolve(pick)
      if (key) current.current.selectNode(key)
      else current.current.clear()
    }
    const clicks = (window.__pictureClicks ??= {})
    const { pending } = clicks
    delete clicks.pending
    // A pick that came before Next started is in the URL already: the selection says so.
    if (pending && resolve(pending) !== current.current.selectedId) take(pending)
    clicks.take = take
    return () => {
      if (clicks.take === take) delete clicks.take
    }
  }, [view])
}
