'use client'
import { useEffect, useRef } from 'react'
import type { Core, LayoutOptions, NodeSingular, Position } from 'cytoscape'
import type { DagreLayoutOptions } from 'cytoscape-dagre'
import { everyNode, offCanvas } from '@/lib/explorer/off-canvas'

const PADDING = 40
const DURATION = 400

const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x))

/** Breadth-first distance from `root` over the visible elements. */
export function distances(cy: Core, root: string): Map<string, number> {
  const dist = new Map<string, number>()
  const start = cy.getElementById(root)
  if (start.empty()) return dist
  cy.elements(':visible').bfs({
    roots: start,
    visit: (v, _e, _u, _i, depth) => {
      dist.set(v.id(), depth)
    },
  })
  return dist
}

/**
 * Lays out the visible subgraph for its own space: concentric rings around `focus` (one ring per
 * step away; what is not reached goes outermost), or without a focus the concepts in the middle
 * and their members around them. Animated from where the nodes are when `animate`.
 */
export function layOutFiltered(cy: Core, focus: string | undefined, animate: boolean): void {
  const visible = cy.elements(':visible')
  if (visible.nodes().length < 2) return
  const dist = focus ? distances(cy, focus) : new Map<string, number>()
  const level = (n: NodeSingular) => (focus ? 10 - (dist.get(n.id()) ?? 9) : n.hasClass('concept') ? 2 : 1)
  cy.stop()
  visible
    .layout({
      name: 'concentric',
      concentric: level,
      levelWidth: () => 1,
      minNodeSpacing: 24,
      avoidOverlap: true,
      animate,
      animationDuration: DURATION,
      fit: true,
      padding: PADDING,
    })
    .run()
}

/**
 * Moves every node back to its global position (`home`), animated, and fits the canvas; nodes off
 * the canvas go back at once, since a filtered layout may have moved them before they left.
 */
export function layOutHome(cy: Core, home: Map<string, Position>): void {
  cy.stop()
  offCanvas(cy)
    .nodes()
    .positions((n) => home.get(n.id()) ?? n.position())
  cy.nodes()
    .layout({
      name: 'preset',
      positions: Object.fromEntries(home),
      animate: true,
      animationDuration: DURATION,
      fit: true,
      padding: PADDING,
    })
    .run()
}

/**
 * Focus, concept and group filters lay out the visible subgraph for its own space: concentric
 * rings around the focused term (one ring per step away), or concepts in the middle with their
 * members around them; animated. Clearing the filters moves every node back to its global
 * position (the same picture for every shared link).
 */
export function useFilteredLayout(
  cy: Core | null,
  focus: string | undefined,
  /** Whether a concept or group filter is on. */
  narrowed: boolean,
  nodesInView: Set<string>,
  /** Edges that say what kind of thing a term is, when the kinds layout is on (`layout=kinds`). */
  kindEdges?: ReadonlySet<string>,
) {
  const home = useRef<{ cy: Core; positions: Map<string, Position> } | null>(null)
  const moved = useRef(false)
  // The node set last laid out: a new but equal view (any other URL change) keeps the layout.
  const laidOut = useRef<Set<string> | null>(null)
  const kinds = kindEdges !== undefined
  const filtered = focus !== undefined || narrowed || kinds
  const layoutKey = `${kinds}`
  const lastKey = useRef(layoutKey)
  useEffect(() => {
    if (!cy || cy.destroyed()) return
    if (home.current?.cy !== cy) {
      // A new canvas (e.g. back from the list view) starts from the global positions.
      home.current = { cy, positions: new Map(everyNode(cy).map((n) => [n.id(), { ...n.position() }])) }
      laidOut.current = null
      moved.current = false
    }
    const positions = home.current.positions
    // Only the kinds layout dims the edges that say nothing about kinds.
    if (!kindEdges) cy.edges('.not-kind').removeClass('not-kind')
    if (!filtered) {
      laidOut.current = null
      if (!moved.current) return
      moved.current = false
      layOutHome(cy, positions)
      return
    }
    if (laidOut.current && sameSet(laidOut.current, nodesInView) && lastKey.current === layoutKey) return
    laidOut.current = nodesInView
    lastKey.current = layoutKey
    if (cy.nodes(':visible').length < 2) return
    if (kindEdges) {
      moved.current = true
      let live = true
      void kindsLayout(cy, cy.elements(':visible'), kindEdges, () => live)
      return () => {
        live = false
      }
    }
    const animate = moved.current
    moved.current = true
    layOutFiltered(cy, focus, animate)
  }, [cy, filtered, focus, nodesInView, kindEdges, layoutKey])
}

let dagreReady: Promise<void> | undefined

/** cytoscape-dagre, registered once, loaded the first time the kinds layout is asked for. */
function loadDagre(): Promise<void> {
  dagreReady ??= Promise.all([import('cytoscape'), import('cytoscape-dagre')]).then(([cytoscape, dagre]) => {
    cytoscape.default.use(dagre.default)
  })
  return dagreReady
}

/**
 * The kinds layout: terms joined by "is a kind of" / "builds on" (and a term to the concept its
 * genus names) drawn top-down by dagre, kinds above their kinds; everything else in a grid below.
 */
async function kindsLayout(
  cy: Core,
  visible: ReturnType<Core['elements']>,
  kindEdges: ReadonlySet<string>,
  live: () => boolean,
) {
  await loadDagre()
  if (!live() || cy.destroyed()) return
  const edges = visible.edges().filter((e) => kindEdges.has(e.id()))
  cy.edges().forEach((e) => {
    e.toggleClass('not-kind', !kindEdges.has(e.id()))
  })
  const hierarchy = edges.connectedNodes()
  const rest = visible.nodes().difference(hierarchy)
  cy.stop()
  cy.batch(() => {
    // Edges point from the narrower term to the broader one: bottom-to-top puts the broader on top.
    const options: DagreLayoutOptions = {
      name: 'dagre',
      rankDir: 'BT',
      nodeSep: 24,
      rankSep: 70,
      fit: false,
      animate: false,
    }
    // Cytoscape's layout types list only its own layouts; dagre, registered above, reads these options.
    hierarchy
      .union(edges)
      .layout(options as LayoutOptions)
      .run()
    const box = hierarchy.nonempty() ? hierarchy.boundingBox() : { x1: 0, y2: 0, w: 800 }
    const columns = Math.max(1, Math.round(Math.sqrt(rest.length * 2)))
    rest
      .sort((a, b) => String(a.data('label')).localeCompare(String(b.data('label')), 'zh-CN'))
      .forEach((n, i) => {
        n.position({ x: box.x1 + (i % columns) * 90, y: box.y2 + 110 + Math.floor(i / columns) * 70 })
      })
  })
  cy.animate({ fit: { eles: visible, padding: PADDING }, duration: DURATION })
}
