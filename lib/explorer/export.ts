/**
 * The current view, exported: its terms as CSV (for a spreadsheet) and its drawing as SVG
 * (for slides and print). Pure: the canvas hands over what it draws, nothing here reads the DOM.
 * PNG comes straight from Cytoscape (`cy.png`).
 */
import Papa from 'papaparse'
import { outEdges, type Lookup } from './lookup'

/** One row per term in view (concept nodes are columns, not rows), in label order. */
export function termsCsv(lookup: Lookup, nodeIds: Iterable<string>): string {
  const rows: string[][] = []
  for (const id of nodeIds) {
    const term = lookup.nodes.get(id)
    if (term?.kind !== 'term') continue
    const concepts = outEdges(lookup, id)
      .filter((e) => e.kind === 'concept')
      .map((e) => lookup.nodes.get(e.target)?.label ?? '')
    const mentions = outEdges(lookup, id)
      .filter((e) => e.kind === 'mention')
      .map((e) => lookup.nodes.get(e.target)?.label ?? '')
    rows.push([
      term.label,
      term.expansion ?? '',
      term.gloss ?? '',
      term.definition,
      concepts.join('; '),
      mentions.join('; '),
      `${term.source.file}:${term.source.line}`,
    ])
  }
  rows.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? '', 'zh-CN'))
  const fields = ['label', 'expansion', 'gloss', 'definition', 'concepts', 'mentions', 'source']
  // A byte-order mark, so spreadsheet programs open the Chinese text as UTF-8. A cell that
  // starts with = + - @ (or a tab or carriage return) would run as a formula in a spreadsheet
  // ("-1+2", "=HYPERLINK(…)"): escapeFormulae quotes it with a leading apostrophe.
  const csv = Papa.unparse({ fields, data: rows }, { newline: '\r\n', escapeFormulae: true })
  return `\ufeff${csv}\r\n`
}

export interface DrawnNode {
  x: number
  y: number
  /** Diameter in model pixels. */
  size: number
  color: string
  label: string
  kind: 'term' | 'concept'
}

export interface DrawnEdge {
  x1: number
  y1: number
  x2: number
  y2: number
  kind: string
}

export interface SvgTheme {
  background: string
  text: string
  edge: Record<string, string>
}

/** The drawing as a standalone SVG document, framed to its content with a margin. */
export function viewSvg(nodes: readonly DrawnNode[], edges: readonly DrawnEdge[], theme: SvgTheme): string {
  const margin = 40
  const xs = nodes.flatMap((n) => [n.x - n.size / 2, n.x + n.size / 2])
  const ys = nodes.flatMap((n) => [n.y - n.size / 2, n.y + n.size / 2 + 20])
  const [x0, x1] = xs.length ? [Math.min(...xs) - margin, Math.max(...xs) + margin] : [0, 100]
  const [y0, y1] = ys.length ? [Math.min(...ys) - margin, Math.max(...ys) + margin] : [0, 100]
  const round = (v: number) => Math.round(v * 10) / 10
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${round(x0)} ${round(y0)} ${round(x1 - x0)} ${round(y1 - y0)}" font-family="'Noto Sans CJK SC','Noto Sans SC',sans-serif">`,
    `<rect x="${round(x0)}" y="${round(y0)}" width="${round(x1 - x0)}" height="${round(y1 - y0)}" fill="${escapeXml(theme.background)}"/>`,
  ]
  for (const e of edges) {
    const stroke = theme.edge[e.kind] ?? theme.text
    const dash = e.kind === 'concept' ? ' stroke-dasharray="6 4"' : ''
    parts.push(
      `<line x1="${round(e.x1)}" y1="${round(e.y1)}" x2="${round(e.x2)}" y2="${round(e.y2)}" stroke="${escapeXml(stroke)}" stroke-width="1.5"${dash}/>`,
    )
  }
  for (const n of nodes) {
    const r = n.size / 2
    const shape =
      n.kind === 'concept'
        ? `<path d="M${round(n.x)} ${round(n.y - r)}L${round(n.x + r)} ${round(n.y)}L${round(n.x)} ${round(n.y + r)}L${round(n.x - r)} ${round(n.y)}Z" fill="${escapeXml(n.color)}"/>`
        : `<circle cx="${round(n.x)}" cy="${round(n.y)}" r="${round(r)}" fill="${escapeXml(n.color)}"/>`
    parts.push(
      shape,
      `<text x="${round(n.x)}" y="${round(n.y + r + 14)}" text-anchor="middle" font-size="13" fill="${escapeXml(theme.text)}">${escapeXml(n.label)}</text>`,
    )
  }
  parts.push('</svg>')
  return `${parts.join('\n')}\n`
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch] ?? ch)
}
