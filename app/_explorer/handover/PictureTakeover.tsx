'use client'
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { Core } from 'cytoscape'
import { PORTRAIT } from './use-first-view'
import { offCanvas } from '@/lib/explorer/off-canvas'
import type { ViewGraph } from '@/lib/format/view-graph'
import { useExplorer } from '../explorer-context'
import { usePictureClicks } from './use-picture-clicks'

/** The static HTML's explorer shell around the graph picture (app/_picture/FirstViewShell.tsx). */
const SHELL = '[data-preview-shell]'

/** Hides the static shell once the real explorer is on screen (or has failed to load). */
export function hideFirstViewShell(): void {
  document.querySelector(SHELL)?.setAttribute('hidden', '')
}

/** The model box the picture shows (`x y w h`, written by the server), or undefined. */
function boxOf(el: Element): { x: number; y: number; w: number; h: number } | undefined {
  const [x, y, w, h] = (el.getAttribute('data-preview-box') ?? '').split(' ').map(Number)
  if ([x, y, w, h].some((v) => v === undefined || !Number.isFinite(v)) || !w || !h) return undefined
  return { x: x ?? 0, y: y ?? 0, w, h }
}

/**
 * Sets the canvas's viewport so every node lands on the pixel where the picture drew it: the
 * picture is fitted with the canvas's own rule, and reading its actual on-screen box makes the
 * handover exact even if the two boxes differ by a pixel.
 */
function matchPicture(cy: Core, picture: Element): void {
  const box = boxOf(picture)
  const img = picture.querySelector('[data-graph-preview]')
  const container = cy.container()
  if (!box || !img || !container) return
  const r = img.getBoundingClientRect()
  const c = container.getBoundingClientRect()
  const zoom = Math.min(r.width / box.w, r.height / box.h)
  if (!(zoom > 0)) return
  const left = r.left + (r.width - box.w * zoom) / 2
  const top = r.top + (r.height - box.h * zoom) / 2
  cy.viewport({ zoom, pan: { x: left - box.x * zoom - c.left, y: top - box.y * zoom - c.top } })
}

/**
 * Keeps the graph picture of the static HTML over the canvas until Cytoscape has drawn the same
 * view beneath it, then removes it: the reader sees one picture become interactive, no jump.
 * Until Cytoscape is there the picture takes the reader's clicks (use-picture-clicks.ts), so a
 * click while the canvas starts opens what it hit instead of falling on an empty canvas.
 * Mounted once in the stage; `active` is false in the list view (the picture just goes).
 */
export function PictureTakeover({ cy, active, view }: { cy: Core | null; active: boolean; view: ViewGraph }) {
  const host = useRef<HTMLDivElement>(null)
  const [done, setDone] = useState(false)
  usePictureClicks(view, useExplorer().selection)
  // Before the first paint of the real explorer: copy the picture from the shell into the stage.
  useLayoutEffect(() => {
    const picture = document.querySelector(`${SHELL} .graph-preview`)
    if (active && picture && host.current) {
      const copy = picture.cloneNode(true)
      // The copy is a picture under the real controls: its links are not stops for Tab.
      if (copy instanceof Element) copy.querySelectorAll('a').forEach((a) => a.setAttribute('tabindex', '-1'))
      host.current.replaceChildren(copy)
    } else setDone(true)
    hideFirstViewShell()
  }, [active])
  useEffect(() => {
    if (!cy || done) return
    const picture = host.current?.firstElementChild
    // Only the untouched overview is the picture; a URL that selects or filters moves the camera.
    // A portrait canvas turns the drawing for its first view (use-first-view.ts), so there the
    // picture only fades: matching it would undo the turn and shrink the labels.
    const portrait = cy.height() > cy.width() * PORTRAIT
    if (picture && !portrait && offCanvas(cy).empty() && cy.$('.picked').empty()) matchPicture(cy, picture)
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => setDone(true))
    })
    return () => cancelAnimationFrame(frame)
  }, [cy, done])
  // Clicks reach the picture until the canvas exists, then pass through to it.
  return done ? null : (
    <div className="preview-takeover" ref={host} aria-hidden="true" {...(cy ? {} : { 'data-live': '' })} />
  )
}
