/**
 * The Cytoscape stylesheet. Labels scale with node size and `min-zoomed-font-size` hides the small
 * ones when zoomed out, so the default view has no label pile-up; hover and selection force labels on.
 */
import type { NodeSingular, StylesheetJsonBlock } from 'cytoscape'
import { LIGHT_CANVAS, type CanvasColors } from './canvas-colors'

const FONT =
  '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", system-ui, sans-serif'

/**
 * Big graphs draw edges as haystack lines (no arrows, no per-edge geometry): straight edges with
 * arrow heads cost the renderer several times more per edge, and at 20k edges nobody reads arrows.
 */
const HAYSTACK: StylesheetJsonBlock[] = [
  { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0 } },
  { selector: 'edge.mention', style: { 'target-arrow-shape': 'none', width: 1.2 } },
  { selector: 'edge.concept', style: { 'line-style': 'solid', width: 0.8, opacity: 0.6 } },
]

/**
 * The stylesheet in the theme's colours (theme.css --cy-*). Edge colours are an Okabe–Ito pair
 * (told apart with every common colour-vision deficiency), and the two kinds also differ in line
 * style: solid arrows for mentions, dashes for concepts.
 */
const stylesheetOf = (c: CanvasColors): StylesheetJsonBlock[] => [
  {
    selector: 'node',
    style: {
      width: 'data(size)',
      height: 'data(size)',
      'background-color': 'data(color)',
      'border-width': 1.5,
      'border-color': c.nodeRim,
      // Cut once when the elements are built (lib/explorer/text-width.ts): Cytoscape's ellipsis
      // measures every label on every restyle, which made filters slow on big glossaries.
      label: 'data(short)',
      'font-family': FONT,
      'font-size': 'data(fontSize)',
      color: c.label,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-outline-color': c.halo,
      'text-outline-width': 2.5,
      'min-zoomed-font-size': 9,
    },
  },
  {
    selector: 'node.concept',
    style: {
      shape: 'diamond',
      'background-color': c.conceptFill,
      'border-color': c.conceptRim,
      'border-width': 2,
      color: c.conceptLabel,
      'font-weight': 'bold',
      'min-zoomed-font-size': 7,
    },
  },
  { selector: 'edge', style: { width: 1.2, 'curve-style': 'straight', opacity: 0.85 } },
  {
    selector: 'edge.mention',
    style: {
      'line-color': c.mention,
      'target-arrow-color': c.mention,
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.9,
      width: 1.6,
    },
  },
  {
    selector: 'edge.concept',
    style: { 'line-color': c.conceptEdge, 'line-style': 'dashed', 'line-dash-pattern': [6, 3], width: 1.6 },
  },
  // Typed relations differ from a plain mention by arrow shape and line, not by colour alone:
  // is-a a hollow triangle (as in UML), part-of a diamond at the whole, based-on a chevron on a
  // thicker line, contrast a dotted line with bars at both ends, same-as dots at both ends.
  {
    selector: 'edge.rel-is-a',
    style: {
      'target-arrow-shape': 'triangle',
      'target-arrow-fill': 'hollow',
      'arrow-scale': 1.4,
      width: 2.2,
    },
  },
  {
    selector: 'edge.rel-part-of',
    style: { 'target-arrow-shape': 'diamond', 'arrow-scale': 1.3, width: 2.2 },
  },
  { selector: 'edge.rel-based-on', style: { 'target-arrow-shape': 'chevron', 'arrow-scale': 1.3, width: 3 } },
  {
    selector: 'edge.rel-contrast',
    style: { 'line-style': 'dotted', 'target-arrow-shape': 'tee', 'source-arrow-shape': 'tee', width: 2.2 },
  },
  {
    selector: 'edge.rel-same-as',
    style: { 'target-arrow-shape': 'circle', 'source-arrow-shape': 'circle', 'arrow-scale': 0.8, width: 2.2 },
  },
  // Terms the reader marked "I know this": a double ring and a check mark before the name.
  {
    selector: 'node.known',
    style: {
      'border-style': 'double',
      'border-width': 5,
      'border-color': c.strong,
      label: (n: NodeSingular) => `✓ ${String(n.data('short') ?? '')}`,
    },
  },
  // The kinds layout draws is-a and based-on; other edges stay as a faint background.
  { selector: 'edge.not-kind', style: { opacity: 0.07 } },
  { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0 } },
  { selector: 'node.match', style: { 'border-color': c.match, 'border-width': 4 } },
  // Labels that would overlap a more important one (see use-label-collisions); hover brings them back.
  { selector: 'node.label-off', style: { 'text-opacity': 0 } },
  // The selection keeps its neighbourhood lit until it is deselected.
  { selector: '.dim', style: { opacity: 0.2, 'text-opacity': 0 } },
  // Hovered/selected nodes and their neighbours always show labels, above everything else; the
  // selection's neighbours keep the short label (whole, they ran off a phone's screen), a hovered
  // neighbourhood shows them whole.
  {
    selector: 'node.near, node.hov',
    style: { 'min-zoomed-font-size': 0, 'z-index': 10, 'text-opacity': 1 },
  },
  // A neighbour's label that would cover the selection's gives way too, until hovered.
  { selector: 'node.near.label-off', style: { 'text-opacity': 0 } },
  { selector: 'node.hov', style: { label: 'data(label)', 'text-opacity': 1 } },
  { selector: 'edge.near, edge.hov', style: { width: 2.5, opacity: 1, 'z-index': 10 } },
  // A path between two terms: its elements stand out, everything else is dimmed.
  { selector: '.off-path', style: { opacity: 0.12, 'text-opacity': 0 } },
  // A plate under the names the reader follows, so the thick path edges that pass beneath do not
  // cross the text (the outline alone left the glyphs cut by a dashed line).
  {
    selector: 'node.on-path, node.picked',
    style: {
      'text-background-color': c.halo,
      'text-background-opacity': 0.9,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle',
    },
  },
  {
    selector: 'node.on-path',
    style: {
      label: 'data(label)',
      'text-opacity': 1,
      'min-zoomed-font-size': 0,
      'z-index': 15,
      'border-color': c.strong,
      'border-width': 3,
    },
  },
  {
    selector: 'edge.on-path',
    // Beneath the path's nodes (15), so their names' plates cover the edges.
    style: { width: 4, opacity: 1, 'z-index': 14, 'line-color': c.strong, 'target-arrow-color': c.strong },
  },
  {
    selector: 'node.picked',
    style: {
      'text-opacity': 1,
      'border-color': c.strong,
      'border-width': 4,
      'min-zoomed-font-size': 0,
      'font-weight': 'bold',
      'z-index': 20,
      'font-size': 16,
      label: 'data(label)',
    },
  },
]

/**
 * The map of a big glossary (lib/explorer/groups.ts): its overview draws no edges (`muted`), except
 * those of what the reader picked (selection, hover, path).
 */
const MAP: StylesheetJsonBlock[] = [
  { selector: 'edge.muted', style: { display: 'none' } },
  { selector: 'edge.muted.near, edge.muted.hov, edge.muted.on-path', style: { display: 'element' } },
]

/**
 * The stylesheet in `colors`; `big` switches to the cheaper edge drawing and `map` to the map's
 * overview (both before the state classes, so those still win).
 */
export function stylesheetFor(
  big: boolean,
  map = false,
  colors: CanvasColors = LIGHT_CANVAS,
): StylesheetJsonBlock[] {
  const stylesheet = stylesheetOf(colors)
  if (!big && !map) return stylesheet
  const states = stylesheet.findIndex((b) => b.selector === '.faded')
  return [
    ...stylesheet.slice(0, states),
    ...(big ? HAYSTACK : []),
    ...(map ? MAP : []),
    ...stylesheet.slice(states),
  ]
}
