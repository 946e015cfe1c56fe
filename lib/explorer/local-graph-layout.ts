/**
 * Geometry of a local graph: the term in the middle, its neighbours evenly around an ellipse in
 * the directions they have in the site-wide layout, each labelled outward from its dot, every
 * label fitted inside the box and clear of the others (lib/explorer/label-boxes). Pure: the term
 * page's inline SVG and the Open Graph image draw the same result.
 */
import { dotBox, labelBox, untangle, type Anchor, type PlacedLabel } from './label-boxes'
import type { LocalNode, Neighbourhood } from './neighbourhood'
import { fitText, textWidth } from './text-width'

export interface LayoutOptions {
  width: number
  height: number
  /** Neighbour labels. */
  fontSize: number
  /** The centre's label. */
  centerFontSize: number
  /** Kept clear around the drawing. */
  padding: number
  /** Dot radius of a neighbour; the centre's is 1.6 times this. */
  radius: number
}

export interface PlacedNode {
  node: LocalNode
  cx: number
  cy: number
  r: number
  label: PlacedLabel
}

export interface LocalGraphLayout {
  width: number
  height: number
  center: PlacedNode
  neighbours: PlacedNode[]
  /** Vertical extent of what is drawn, padding included: a drawing may crop its box to it. */
  top: number
  bottom: number
}

const TAU = 2 * Math.PI
const angleGap = (a: number, b: number) => {
  const d = Math.abs(a - b) % TAU
  return Math.min(d, TAU - d)
}

/**
 * Slot angles for the neighbours: evenly spaced (the first slot points right), in the order of
 * their directions from the centre in the site layout, turned to move them the least.
 */
export function slotAngles(center: LocalNode, neighbours: LocalNode[]): number[] {
  const n = neighbours.length
  const order = neighbours
    .map((m, i) => ({ a: Math.atan2(m.y - center.y, m.x - center.x), i }))
    .sort((p, q) => p.a - q.a)
  const slot = (k: number) => (TAU * (k % n)) / n
  let best = { cost: Infinity, shift: 0 }
  for (let shift = 0; shift < n; shift++) {
    const cost = order.reduce((sum, { a }, k) => sum + angleGap(a, slot(k + shift)) ** 2, 0)
    if (cost < best.cost) best = { cost, shift }
  }
  const angles = new Array<number>(n).fill(0)
  order.forEach(({ i }, k) => (angles[i] = slot(k + best.shift)))
  return angles
}

/** Where a label goes at a slot angle: beside the dot on the left and right, above or below it at the top and bottom. */
const anchorAt = (angle: number): Anchor => {
  const c = Math.cos(angle)
  return c > 0.3 ? 'start' : c < -0.3 ? 'end' : 'middle'
}

/** A neighbour's label, shortened to the room left between its dot and the box's edge. */
function sideLabel(
  x: number,
  y: number,
  angle: number,
  full: string,
  o: LayoutOptions,
  gap: number,
): PlacedLabel {
  const { fontSize: fs, padding: pad, radius: r, width: w } = o
  const side = anchorAt(angle)
  const lx = side === 'start' ? x + r + gap : side === 'end' ? x - r - gap : x
  const ly =
    side !== 'middle'
      ? y + 0.35 * fs
      : Math.sin(angle) < 0
        ? y - r - gap - 0.22 * fs
        : y + r + gap + 0.92 * fs
  const room =
    side === 'start' ? w - pad - lx : side === 'end' ? lx - pad : 2 * Math.min(lx - pad, w - pad - lx)
  return { text: fitText(full, room, fs), x: lx, y: ly, anchor: side, fontSize: fs }
}

/**
 * The ring's horizontal radius and centre: the widest label on each side gets its room when the
 * box allows (the ring moves off centre when one side's labels are longer), otherwise the room
 * left by the smallest ring is shared in proportion. The smallest ring keeps neighbours about
 * three label-heights apart.
 */
function ringAcross(h: Neighbourhood, angles: number[], o: LayoutOptions, gap: number) {
  const { width: w, fontSize: fs, padding: pad, radius: r } = o
  const need = (side: Anchor) =>
    Math.max(
      0,
      ...h.neighbours.map((n, i) => (anchorAt(angles[i] ?? 0) === side ? textWidth(n.label, fs) + 1 : 0)),
    )
  const left = need('end')
  const right = need('start')
  const ringMin = Math.max(2.5 * fs, (3 * fs * h.neighbours.length) / (2 * Math.PI))
  const rx = Math.min(w / 2 - pad - r, Math.max(ringMin, (w - 2 * (pad + r + gap) - left - right) / 2))
  const room = w - 2 * (pad + r + gap + rx)
  const share = left + right > 0 ? left / (left + right) : 0.5
  return { rx, cx: pad + r + gap + rx + room * share }
}

/** Lays out a neighbourhood in a width × height box. */
export function layoutLocalGraph(h: Neighbourhood, o: LayoutOptions): LocalGraphLayout {
  const { width: w, height: hh, fontSize: fs, centerFontSize: cfs, padding: pad, radius: r } = o
  const gap = Math.max(3, r * 0.6)
  const cy = hh / 2
  const angles = slotAngles(h.center, h.neighbours)
  const { rx, cx } = ringAcross(h, angles, o, gap)
  const ry = hh / 2 - pad - r - gap - 1.15 * fs
  const neighbours: PlacedNode[] = h.neighbours.map((node, i) => {
    const a = angles[i] ?? 0
    const x = cx + rx * Math.cos(a)
    const y = cy + ry * Math.sin(a)
    return { node, cx: x, cy: y, r, label: sideLabel(x, y, a, node.label, o, gap) }
  })
  const rc = r * 1.6
  const centerLabel: PlacedLabel = {
    text: fitText(h.center.label, 2 * Math.min(cx - pad, w - pad - cx), cfs),
    x: cx,
    y: cy + rc + gap + 0.92 * cfs,
    anchor: 'middle',
    fontSize: cfs,
  }
  const center: PlacedNode = { node: h.center, cx, cy, r: rc, label: centerLabel }
  const all = [center, ...neighbours]
  const labels = untangle(
    all.map((p) => p.label),
    all.map((p) => p.node.label),
    all.map(dotBox),
    all.map((_, i) => i),
  )
  const placed = all.map((p, i) => ({ ...p, label: labels[i] ?? p.label }))
  const boxes = placed.flatMap((p) => [labelBox(p.label), dotBox(p)])
  return {
    width: w,
    height: hh,
    center: placed[0] ?? center,
    neighbours: placed.slice(1),
    top: Math.max(0, Math.min(...boxes.map((b) => b.y0)) - pad),
    bottom: Math.min(hh, Math.max(...boxes.map((b) => b.y1)) + pad),
  }
}
