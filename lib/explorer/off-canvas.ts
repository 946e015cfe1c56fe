/**
 * What the view leaves out is taken off the canvas (`remove`) and put back (`restore`) when it is
 * in view again, rather than hidden with a class. A class change restyles every element it
 * touches, and each restyle re-applies the node's data-mapped properties (size, colour, label):
 * ~40 µs a node, 200 ms for the 4,400 nodes a concept filter hides on a map of 5,000 terms.
 * Taking them off costs ~1 µs a node.
 *
 * The canvas holds exactly the view; state classes (selection, path, matches) are synced by their
 * hooks on the canvas, and again when elements come back (they depend on the view).
 */
import type { CollectionReturnValue, Core, NodeCollection, StylesheetJsonBlock } from 'cytoscape'
import type { InView } from './view'

const offCanvasOf = new WeakMap<Core, CollectionReturnValue>()

/** The elements the view has taken off the canvas. */
export const offCanvas = (cy: Core): CollectionReturnValue => offCanvasOf.get(cy) ?? cy.collection()

/** Every node, on the canvas or off it: what the drawing's geometry (turns, label sizes) is made of. */
export const everyNode = (cy: Core): NodeCollection => cy.nodes().union(offCanvas(cy).nodes())

/** Puts exactly the view's nodes, and its edges between them, on the canvas. */
export function showOnly(cy: Core, inView: InView): void {
  const away = offCanvas(cy)
  const leaving = cy.elements().filter((el) => !(el.isNode() ? inView.nodes : inView.edges).has(el.id()))
  const returning = away.filter((el) =>
    el.isNode()
      ? inView.nodes.has(el.id())
      : inView.edges.has(el.id()) &&
        inView.nodes.has(String(el.data('source'))) &&
        inView.nodes.has(String(el.data('target'))),
  )
  if (leaving.empty() && returning.empty()) return
  // A node takes its edges with it.
  const left = leaving.remove()
  putBack(returning)
  offCanvasOf.set(cy, away.difference(returning).union(left))
}

/**
 * `restore()` marks every element for a full restyle and drops its cached bounds. One that left with
 * a clean style and was not touched while away (a class or data change marks it again) needs
 * neither: its classes, data and stylesheet are those it left with (see `restyleOffCanvas`), and
 * Cytoscape checks cached bounds against the position itself. That halves the frame that brings
 * 4,400 nodes back (120 → 85 ms). Cytoscape has no public way to say so, hence its private fields;
 * off-canvas.test.ts checks the styles and bounds that come back.
 */
function putBack(eles: CollectionReturnValue): void {
  const kept: [Private, Bounds][] = []
  eles.forEach((el) => {
    const p = privateOf(el)
    if (p.styleDirty) return
    const { bbCache, bbCachePosKey, bodyBounds, overlayBounds, labelBounds } = p
    kept.push([p, { bbCache, bbCachePosKey, bodyBounds, overlayBounds, labelBounds: { ...labelBounds } }])
  })
  eles.restore()
  for (const [p, bounds] of kept) Object.assign(p, bounds, { styleDirty: false })
}

/** Cytoscape's cached bounds of an element (collection/dimensions/bounds.mjs). */
interface Bounds {
  bbCache: unknown
  bbCachePosKey: unknown
  bodyBounds: unknown
  overlayBounds: unknown
  labelBounds: Record<string, unknown>
}
type Private = Bounds & { styleDirty: boolean }
const privateOf = (el: unknown) => (el as { _private: Private })._private

/**
 * A new stylesheet (a theme change) restyles what is on the canvas only; elements off it would
 * come back in the old colours. They come back for the change and leave again, marked for a
 * restyle on their return.
 */
export function restyleOffCanvas(cy: Core, stylesheet: StylesheetJsonBlock[]): void {
  const away = offCanvas(cy)
  if (away.empty()) return
  away.restore()
  cy.style().fromJson(stylesheet).update()
  away.remove()
}
