/**
 * The explorer's first view as plain geometry, for the picture the static HTML carries before any
 * JavaScript runs (`<svg data-graph-preview>`). Positions, sizes and colours come from the same
 * `toElements` the canvas draws with, and the bounding box follows the canvas's fit rule
 * (app/_explorer/canvas/use-camera.ts), so Cytoscape can take over the picture in place.
 */
import type { ViewGraph } from '../format/view-graph'
import { toElements } from './elements'
import { isMap } from './groups'
import { withBasePath } from './site-url'
import { textWidth } from './text-width'
import { SIZES } from '../format/settings'

/** What the canvas's stylesheet says about labels and fitting (app/_explorer/canvas/cy-style.ts, use-camera.ts). */
export const CANVAS_RULES = {
  /** Screen pixels around the fitted drawing. */
  padding: 40,
  minZoom: 0.15,
  /** The map of a big glossary may zoom out further, so the whole map fits (CyGraph.tsx). */
  mapMinZoom: 0.05,
  maxFitZoom: 1.6,
  /** Labels are measured into the fit only below this many elements. */
  labelFitLimit: SIZES.labelFit,
  /** Cytoscape hides a label whose font size × zoom is below this (terms; concepts have their own). */
  minZoomedFont: { term: 9, concept: 7 },
  labelMarginY: 3,
  outline: 2.5,
  border: { term: 1.5, concept: 2 },
  /** Above this many edges the canvas draws at pixel ratio 1 (CyGraph.tsx). */
  bigEdges: SIZES.bigEdges,
} as const

export interface PictureNode {
  id: string
  kind: 'term' | 'concept'
  /** The label as drawn: the canvas's short label (text-width.ts). */
  label: string
  x: number
  y: number
  size: number
  fontSize: number
  color: string
  /** The term's own page, for readers without JavaScript; concepts have none. */
  href?: string
}

interface PictureEdge {
  kind: 'mention' | 'concept'
  /** From the source's centre to the target's rim (where the canvas ends a straight edge). */
  x1: number
  y1: number
  x2: number
  y2: number
}

export interface Picture {
  /** Model-space box the canvas fits on first paint: nodes and (on small graphs) their labels. */
  box: { x: number; y: number; w: number; h: number }
  nodes: PictureNode[]
  edges: PictureEdge[]
}

/** The preview of a view graph: every node and edge, as the canvas draws them before any filter. */
export function pictureOf(view: ViewGraph): Picture {
  const { nodes: nodeDefs, edges: edgeDefs } = toElements(view)
  const withLabels = nodeDefs.length + edgeDefs.length < CANVAS_RULES.labelFitLimit
  const nodes: PictureNode[] = []
  const byId = new Map<string, PictureNode>()
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity]
  for (const def of nodeDefs) {
    const d: Record<string, unknown> = def.data
    const id = String(d.id)
    const kind = d.kind === 'concept' ? 'concept' : 'term'
    const size = Number(d.size)
    const fontSize = Number(d.fontSize)
    const node: PictureNode = {
      id,
      kind,
      label: String(d.short),
      x: def.position?.x ?? 0,
      y: def.position?.y ?? 0,
      size,
      fontSize,
      color: String(d.color),
      ...(kind === 'term' ? { href: withBasePath(`/term/${id}/`) } : {}),
    }
    nodes.push(node)
    byId.set(id, node)
    const r = size / 2 + CANVAS_RULES.border[kind] / 2
    ;[x1, y1, x2, y2] = [
      Math.min(x1, node.x - r),
      Math.min(y1, node.y - r),
      Math.max(x2, node.x + r),
      Math.max(y2, node.y + r),
    ]
    if (withLabels) {
      const half = textWidth(node.label, fontSize) / 2 + CANVAS_RULES.outline
      const bottom = node.y + size / 2 + CANVAS_RULES.labelMarginY + fontSize * 1.25 + CANVAS_RULES.outline
      ;[x1, x2, y2] = [Math.min(x1, node.x - half), Math.max(x2, node.x + half), Math.max(y2, bottom)]
    }
  }
  const edges: PictureEdge[] = []
  for (const def of edgeDefs) {
    const s = byId.get(String(def.data.source))
    const t = byId.get(String(def.data.target))
    if (!s || !t) continue
    const dx = t.x - s.x
    const dy = t.y - s.y
    const len = Math.hypot(dx, dy) || 1
    const cut = t.size / 2 + CANVAS_RULES.border[t.kind] / 2
    edges.push({
      kind: def.data.kind === 'concept' ? 'concept' : 'mention',
      x1: s.x,
      y1: s.y,
      x2: t.x - (dx / len) * cut,
      y2: t.y - (dy / len) * cut,
    })
  }
  const box = nodes.length === 0 ? { x: 0, y: 0, w: 1, h: 1 } : { x: x1, y: y1, w: x2 - x1, h: y2 - y1 }
  return { box, nodes, edges }
}

/**
 * The canvas's fit zoom for a stage of `width` × `height` screen pixels (use-camera's rule: padding
 * on each side, never past maxFitZoom, never below the canvas's minZoom).
 */
export function fitZoom(
  box: Picture['box'],
  width: number,
  height: number,
  minZoom: number = CANVAS_RULES.minZoom,
): number {
  const { padding, maxFitZoom } = CANVAS_RULES
  const fit = Math.min(
    (width - 2 * padding) / Math.max(box.w, 1),
    (height - 2 * padding) / Math.max(box.h, 1),
  )
  return Math.max(minZoom, Math.min(maxFitZoom, fit))
}

/**
 * The smallest stage (width, height in screen pixels) at which Cytoscape draws a label of
 * `fontSize`, for a screen of `pixelRatio`. Cytoscape compares the font size times the zoom
 * rounded up to a power of two (its text-texture level: 2^ceil(log2(zoom × pixel ratio))) with
 * the label's min-zoomed-font-size. `undefined` = never drawn at a fitted zoom; `[0, 0]` = always.
 */
export function labelShownFrom(
  box: Picture['box'],
  fontSize: number,
  kind: 'term' | 'concept',
  pixelRatio = 1,
): [number, number] | undefined {
  const level = Math.ceil(Math.log2(CANVAS_RULES.minZoomedFont[kind] / fontSize))
  // Drawn when log2(zoom × ratio) > level − 1, i.e. zoom above this:
  const zoom = 2 ** (level - 1) / pixelRatio
  if (zoom < CANVAS_RULES.minZoom) return [0, 0]
  if (zoom >= CANVAS_RULES.maxFitZoom) return undefined
  const pad = 2 * CANVAS_RULES.padding
  // One pixel past the threshold: the rule is strict.
  return [Math.floor(zoom * box.w + pad) + 1, Math.floor(zoom * box.h + pad) + 1]
}

/**
 * Whether the first view goes in the HTML as inline SVG; if not, it is the build-time image. A map
 * of groups is always the image: its overview has no edges and names the groups, which the image
 * draws (lib/tools/picture-image.ts) and the inline SVG does not.
 */
export const inlinesPicture = (view: ViewGraph, p: Picture): boolean =>
  !isMap(view) && p.nodes.length + p.edges.length <= SIZES.inlinePicture

/** The build-time picture for graphs above the inline limit (written into public/). */
export const PICTURE_IMAGE = { file: 'graph-preview.png', width: 1600 } as const
