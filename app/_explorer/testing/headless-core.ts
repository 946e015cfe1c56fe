/**
 * A headless Cytoscape core for unit tests of the canvas code: the explorer's own elements and
 * stylesheet, laid out as the build placed them. Headless Cytoscape has no screen (its width and
 * height are 1) and measures no text, so a test gives the canvas a size, and label sizes where it
 * needs them.
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape'
import { toElements } from '@/lib/explorer/elements'
import { buildLookup } from '@/lib/explorer/graph-model'
import type { Lookup } from '@/lib/explorer/lookup'
import { toViewGraph, type ViewGraph } from '@/lib/format/view-graph'
import { sampleGraph } from '@/lib/format/testing/sample-graph'
import type { GraphJSON } from '@/lib/format/types'
import { stylesheetFor } from '../canvas/cy-style'

export interface TestCanvas {
  cy: Core
  view: ViewGraph
  lookup: Lookup
  edges: ElementDefinition[]
}

export interface TestCanvasOptions {
  /** The canvas's size in CSS pixels (default 800 × 600). */
  size?: { w: number; h: number }
  /** Create the core with nodes only (the map of a big glossary does). */
  withoutEdges?: boolean
}

/** A core drawing `graph` (default: the sample graph) as the explorer would. */
export function headlessCanvas(graph: GraphJSON = sampleGraph, options: TestCanvasOptions = {}): TestCanvas {
  const view = toViewGraph(graph)
  const { nodes, edges } = toElements(view)
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: 'preset', fit: false },
    elements: options.withoutEdges ? nodes : [...nodes, ...edges],
    style: stylesheetFor(false, view.map === true),
  })
  sized(cy, options.size ?? { w: 800, h: 600 })
  return { cy, view, lookup: buildLookup(graph), edges }
}

/** Gives a headless core a screen size (what a container would). */
export function sized(cy: Core, size: { w: number; h: number }): Core {
  return Object.assign(cy, { width: () => size.w, height: () => size.h })
}

/** Sorted ids of a collection, for comparing. */
export const idsOf = (eles: { map: (f: (el: { id: () => string }) => string) => string[] }): string[] =>
  eles.map((el) => el.id()).sort()
