'use client'
/**
 * When the canvas is wanted: on the reader's first gesture (pointer, touch, wheel, key, focus,
 * scroll), and only then. The static HTML's picture is already the overview and keeps the clicks
 * made on it until the canvas is there (use-picture-clicks.ts), so Cytoscape (most of the page's
 * JavaScript and its longest tasks) need not start for a reader who only looks: no long tasks
 * after the page is up (an idle start put 0.5–2 s of blocking time into Lighthouse's trace).
 * Watched from the explorer's mount, so the canvas code starts downloading at the first gesture,
 * while the graph itself may still be loading.
 */
import { useSyncExternalStore } from 'react'
import { preloadCanvas } from '../canvas/GraphCanvas'

const GESTURES = [
  'pointerdown',
  'pointermove',
  'touchstart',
  'wheel',
  'keydown',
  'focusin',
  'scroll',
] as const
let wanted = false
const listeners = new Set<() => void>()

function want(): void {
  if (wanted) return
  wanted = true
  for (const type of GESTURES) window.removeEventListener(type, want, { capture: true })
  preloadCanvas()
  for (const notify of listeners) notify()
}

/** Starts watching (once per page); `now` wants the canvas at once (a view the picture is not). */
export function watchFirstGesture(now: boolean): void {
  if (wanted) return
  if (now) return want()
  for (const type of GESTURES) window.addEventListener(type, want, { passive: true, capture: true })
}

const subscribe = (notify: () => void) => {
  listeners.add(notify)
  return () => listeners.delete(notify)
}

/** Whether the canvas is wanted yet (re-renders when it becomes so). */
export const useCanvasWanted = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => wanted,
    () => false,
  )

/** Wants the canvas now (a view the picture does not show). */
export const wantCanvas = want
