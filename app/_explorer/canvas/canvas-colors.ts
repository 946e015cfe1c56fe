/**
 * The canvas's colours, read from theme.css (--cy-* variables) so Cytoscape, the static graph
 * picture and the legend share one palette; `useCanvasColors` re-reads them when the theme changes
 * and CyGraph restyles the canvas with them.
 */
import { useMemo, useSyncExternalStore } from 'react'
import { resolvedTheme, subscribeTheme } from '../../_components/theme'

export interface CanvasColors {
  label: string
  /** Label outline: the stage background, so labels read over edges. */
  halo: string
  nodeRim: string
  conceptFill: string
  conceptRim: string
  conceptLabel: string
  mention: string
  conceptEdge: string
  /** Path and picked-node outlines. */
  strong: string
  match: string
}

/** The light theme's values (theme.css), for the server and tests. */
export const LIGHT_CANVAS: CanvasColors = {
  label: '#1a202c',
  halo: '#fbfcfe',
  nodeRim: '#ffffff',
  conceptFill: '#fbbf24',
  conceptRim: '#92400e',
  conceptLabel: '#78350f',
  mention: '#0072b2',
  conceptEdge: '#c98a00',
  strong: '#111827',
  match: '#db2777',
}

/** The theme.css variable each colour is read from. */
export const CANVAS_VARS: readonly (readonly [keyof CanvasColors, string])[] = [
  ['label', '--cy-label'],
  ['halo', '--stage-bg'],
  ['nodeRim', '--cy-node-rim'],
  ['conceptFill', '--cy-concept-fill'],
  ['conceptRim', '--cy-concept-rim'],
  ['conceptLabel', '--cy-concept-label'],
  ['mention', '--cy-mention'],
  ['conceptEdge', '--cy-concept-edge'],
  ['strong', '--cy-strong'],
  ['match', '--match'],
]

/**
 * Each variable resolved to rgb() through a hidden probe: a custom property's computed value is
 * the unresolved `light-dark(…)` text, a `color` using it is a colour Cytoscape can parse.
 */
function readCanvasColors(): CanvasColors {
  const probe = document.createElement('span')
  probe.hidden = true
  document.body.append(probe)
  const out = { ...LIGHT_CANVAS }
  for (const [key, name] of CANVAS_VARS) {
    probe.style.color = `var(${name}, ${LIGHT_CANVAS[key]})`
    out[key] = getComputedStyle(probe).color || LIGHT_CANVAS[key]
  }
  probe.remove()
  return out
}

const cache = new Map<string, CanvasColors>()

/** The colours of `theme`, read once per theme (the stylesheet does not change while the page lives). */
function colorsOf(theme: 'light' | 'dark'): CanvasColors {
  if (typeof document === 'undefined') return LIGHT_CANVAS
  const known = cache.get(theme)
  if (known) return known
  const read = readCanvasColors()
  cache.set(theme, read)
  return read
}

/** The canvas colours of the theme in effect; changes with the theme. */
export function useCanvasColors(): CanvasColors {
  const theme = useSyncExternalStore(subscribeTheme, resolvedTheme, () => 'light' as const)
  return useMemo(() => colorsOf(theme), [theme])
}
