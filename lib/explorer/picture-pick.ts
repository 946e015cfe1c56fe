/**
 * Clicks on the static HTML's graph picture before the canvas can take them. The inline script of
 * the first view (app/_picture/picture-click-script.ts) turns a click or tap on the picture into a
 * `PicturePick`: the node it hit when the picture is an SVG whose nodes are elements, and always
 * the point in the picture's model coordinates, which is all a build-time image (the map of a big
 * glossary) can give. The explorer resolves a pick here, the way Cytoscape would resolve a tap.
 */
import type { PictureNode } from './picture'

/** A click on the picture. */
export interface PicturePick {
  /** The node key the click hit (the SVG picture's terms and concepts), when it hit one. */
  key?: string
  /** Where it landed, in the picture's model coordinates (its `data-preview-box` space). */
  x: number
  y: number
  /** Screen pixels per model unit at the time of the click. */
  zoom: number
  /** A finger, not a mouse: Cytoscape hits nodes more generously under a finger. */
  touch: boolean
}

/** The hand-over between the inline script and the explorer (one per page, on `window`). */
export interface PictureClicks {
  /** The latest click the explorer has not taken yet. */
  pending?: PicturePick
  /** Set once the explorer can select: the script hands every later click straight to it. */
  take?: (pick: PicturePick) => void
}

declare global {
  interface Window {
    __pictureClicks?: PictureClicks
  }
}

/**
 * Screen pixels beyond a node's rim that still hit it: Cytoscape's own tolerance
 * (`findNearestElements`: 2 px under a mouse, 8 px under a finger).
 */
const HIT_SLACK_PX = { mouse: 2, touch: 8 } as const

/** The attribute that names a concept node in the SVG picture (terms are named by their link). */
export const NODE_ATTRIBUTE = 'data-node'

/**
 * The node a pick selects: the one it hit, else the node whose rim is nearest to the point if it
 * is within Cytoscape's slack (the build-time image has no elements to hit), else none (a click on
 * the background). `nodes` are the picture's nodes; without them only a hit counts.
 */
export function pickedNode(pick: PicturePick, nodes: readonly PictureNode[] = []): string | undefined {
  if (pick.key) return pick.key
  if (!(pick.zoom > 0)) return undefined
  const slack = (pick.touch ? HIT_SLACK_PX.touch : HIT_SLACK_PX.mouse) / pick.zoom
  let best: string | undefined
  let bestGap = Infinity
  for (const n of nodes) {
    const gap = Math.hypot(n.x - pick.x, n.y - pick.y) - n.size / 2
    if (gap <= slack && gap < bestGap) {
      best = n.id
      bestGap = gap
    }
  }
  return best
}
