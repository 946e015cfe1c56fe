/**
 * Keeps the labels of a drawing apart: the boxes labels and dots cover, and a pass that shortens
 * labels (with an ellipsis) until no label overlaps another label or a dot. Pure.
 */
import { textWidth } from './text-width'

export type Anchor = 'start' | 'middle' | 'end'

export interface PlacedLabel {
  /** What is drawn: the full name, or its start and an ellipsis. */
  text: string
  x: number
  /** Baseline. */
  y: number
  anchor: Anchor
  fontSize: number
}

/** An axis-aligned box. */
export interface Box {
  x0: number
  y0: number
  x1: number
  y1: number
}

/** The box a label covers (CJK ascent and descent, as em fractions). */
export function labelBox(l: PlacedLabel): Box {
  const w = textWidth(l.text, l.fontSize)
  const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2
  return { x0, y0: l.y - 0.92 * l.fontSize, x1: x0 + w, y1: l.y + 0.22 * l.fontSize }
}

/** The box a dot of radius r covers. */
export const dotBox = (d: { cx: number; cy: number; r: number }): Box => ({
  x0: d.cx - d.r,
  y0: d.cy - d.r,
  x1: d.cx + d.r,
  y1: d.cy + d.r,
})

export const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1

/** The label with one more character cut; undefined when only one is left. */
function shorter(l: PlacedLabel, full: string): PlacedLabel | undefined {
  const shown = [...l.text.replace(/…$/, '')]
  if (shown.length <= 1) return undefined
  const kept = [...full]
    .slice(0, shown.length - 1)
    .join('')
    .trimEnd()
  return { ...l, text: `${kept}…` }
}

/**
 * Shortens labels until none overlaps another or a dot other than its own (`owner[i]` is the
 * index in `dots` of label i's dot). Label 0 is kept whole when another label can give way.
 */
export function untangle(labels: PlacedLabel[], full: string[], dots: Box[], owner: number[]): PlacedLabel[] {
  const out = [...labels]
  const cut = (i: number) => {
    const l = out[i]
    const s = l && shorter(l, full[i] ?? l.text)
    if (s) out[i] = s
    return Boolean(s)
  }
  const box = (i: number): Box | undefined => {
    const l = out[i]
    return l && labelBox(l)
  }
  const hit = (a: Box | undefined, b: Box | undefined) => Boolean(a && b && overlaps(a, b))
  const width = (i: number) => {
    const l = out[i]
    return l ? textWidth(l.text, l.fontSize) : 0
  }
  for (let changed = true, rounds = 0; changed && rounds < 500; rounds++) {
    changed = false
    for (let i = 0; i < out.length; i++) {
      for (let j = i + 1; j < out.length; j++) {
        if (!hit(box(i), box(j))) continue
        // The longer of two neighbour labels gives way; the centre's only when the other cannot.
        const first = i === 0 || width(j) >= width(i) ? j : i
        changed = cut(first) || cut(first === i ? j : i) || changed
      }
      for (let k = 0; k < dots.length; k++)
        if (k !== owner[i] && hit(box(i), dots[k])) changed = cut(i) || changed
    }
  }
  return out
}
