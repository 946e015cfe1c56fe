/**
 * The Open Graph picture of a term as an SVG string (1200 × 630, light): on the left the site,
 * the term's name and its other names; on the right its local graph, laid out by the same code as
 * the term page's inline SVG. lib/tools/og/render-og.ts turns it into a PNG.
 */
import { colorOf } from '../../explorer/legend'
import { labelBox } from '../../explorer/label-boxes'
import { layoutLocalGraph, type LayoutOptions, type PlacedNode } from '../../explorer/local-graph-layout'
import type { Neighbourhood } from '../../explorer/neighbourhood'
import { OG_SIZE } from '../../explorer/og-image'
import { fitText, wrapText } from '../../explorer/text-width'

/** First the font shipped by npm (@embedpdf/fonts-sc), then a system CJK font. */
const OG_FONT_FAMILY = "'Noto Sans S Chinese', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif"

const GRAPH_BOX = { x: 500, y: 36, width: 664, height: 558 }
const GRAPH: LayoutOptions = {
  width: GRAPH_BOX.width,
  height: GRAPH_BOX.height,
  fontSize: 26,
  centerFontSize: 30,
  padding: 14,
  radius: 11,
}
const TEXT_X = 64
const TEXT_WIDTH = GRAPH_BOX.x - TEXT_X - 36

/** Escapes text for an SVG text node or attribute. */
export const xml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  )

export interface OgText {
  site: string
  name: string
  /** Other names (expansion, Chinese gloss), one line each. */
  others: string[]
  footer: string
}

function dot(p: PlacedNode): string {
  const { cx, cy, r } = p
  if (p.node.kind === 'concept')
    return `<polygon points="${cx},${cy - r} ${cx + r},${cy} ${cx},${cy + r} ${cx - r},${cy}" fill="#718096"/>`
  return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${colorOf(p.node.community)}"/>`
}

function label(p: PlacedNode, weight = 400): string {
  const l = p.label
  return `<text x="${l.x}" y="${l.y}" font-size="${l.fontSize}" font-weight="${weight}" text-anchor="${l.anchor}" fill="#1a202c" stroke="#f5f7fa" stroke-width="6" stroke-linejoin="round" paint-order="stroke">${xml(l.text)}</text>`
}

/** The local graph, drawn in its box on the right. */
function graphSvg(h: Neighbourhood): string {
  const g = layoutLocalGraph(h, GRAPH)
  const edges = g.neighbours.map(
    (p) =>
      `<line x1="${g.center.cx}" y1="${g.center.cy}" x2="${p.cx}" y2="${p.cy}" stroke="#a0aec0" stroke-width="2.5"${p.node.relation === 'concept' ? ' stroke-dasharray="9 7"' : ''}/>`,
  )
  const nodes = g.neighbours.map((p) => dot(p) + label(p))
  const b = labelBox(g.center.label)
  const plate = `<rect x="${b.x0 - 6}" y="${b.y0 - 3}" width="${b.x1 - b.x0 + 12}" height="${b.y1 - b.y0 + 6}" rx="8" fill="#ffffff" stroke="#d9dee7"/>`
  const center = `${plate}<circle cx="${g.center.cx}" cy="${g.center.cy}" r="${g.center.r}" fill="${colorOf(h.center.community)}" stroke="#1a202c" stroke-width="3"/>${label(g.center, 700)}`
  const { x, y, width, height } = GRAPH_BOX
  return `<g transform="translate(${x} ${y})"><rect width="${width}" height="${height}" rx="20" fill="#f5f7fa"/>${edges.join('')}${nodes.join('')}${center}</g>`
}

/** Lines of text from the top-left, the name as large as it fits in three lines. */
function textSvg(t: OgText): string {
  const whole = (s: number) =>
    wrapText(t.name, TEXT_WIDTH, s, 3).join('').replace(/\s+/g, '') === t.name.replace(/\s+/g, '')
  const size = [64, 56, 48, 40].find(whole) ?? 40
  const lines = wrapText(t.name, TEXT_WIDTH, size, 3)
  const site = fitText(t.site, TEXT_WIDTH, 26)
  const out: string[] = [`<text x="${TEXT_X}" y="92" font-size="26" fill="#4a5568">${xml(site)}</text>`]
  let y = 92 + 36 + size
  for (const line of lines) {
    out.push(
      `<text x="${TEXT_X}" y="${y}" font-size="${size}" font-weight="700" fill="#1a202c">${xml(line)}</text>`,
    )
    y += size * 1.2
  }
  y += 16
  for (const other of t.others) {
    for (const line of wrapText(other, TEXT_WIDTH, 30, 2)) {
      out.push(`<text x="${TEXT_X}" y="${y}" font-size="30" fill="#2d3748">${xml(line)}</text>`)
      y += 40
    }
  }
  out.push(
    `<text x="${TEXT_X}" y="572" font-size="24" fill="#4a5568">${xml(fitText(t.footer, TEXT_WIDTH, 24))}</text>`,
  )
  return out.join('')
}

/** The whole picture for one term. */
export function ogSvg(t: OgText, h: Neighbourhood): string {
  const { width, height } = OG_SIZE
  const bar = `<rect width="${width}" height="12" fill="${colorOf(h.center.community)}"/>`
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${xml(OG_FONT_FAMILY)}"><rect width="${width}" height="${height}" fill="#ffffff"/>${bar}${textSvg(t)}${graphSvg(h)}</svg>`
}
