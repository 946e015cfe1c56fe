/**
 * `tsx lib/tools/picture-image.ts [public]`: for graphs too big to inline in the HTML of `/`, and
 * maps (lib/explorer/picture.ts, inlinesPicture), draws the explorer's first view into
 * public/graph-preview.png with resvg: nodes as the canvas places and colours them, group names on
 * the map of big glossaries (its overview draws no edges), labels for the most central terms only.
 * Below the limit the picture is inline SVG and a stale image is removed. Runs after the extractor.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Resvg } from '@resvg/resvg-js'
import { checkGraph } from '../format/check-graph'
import { toViewGraph } from '../format/view-graph'
import { PICTURE_IMAGE, inlinesPicture, pictureOf, type Picture } from '../explorer/picture'
import { textWidth } from '../explorer/text-width'
import { isMap, mapGroups, type MapGroup } from '../explorer/groups'

/** Labelled terms on the image: the most central ones (the rest would be unreadable specks). */
const LABELLED = 40
const FONT = 'Noto Sans CJK SC'

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * The picture as an SVG document, `scale` image pixels per model pixel. Its background is
 * transparent, so it sits on the stage of either theme (a light box flashed on dark pages), and
 * group names are light pills like the map's own (MapLayer.tsx), readable on both.
 */
export function previewSvg(p: Picture, groups: MapGroup[], edges: boolean, scale: number): string {
  const { box } = p
  const px = (n: number) => n / scale
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${box.x} ${box.y} ${box.w} ${box.h}" width="${Math.round(box.w * scale)}" height="${Math.round(box.h * scale)}" font-family="${FONT}">`,
  ]
  if (edges)
    for (const e of p.edges)
      out.push(
        `<line x1="${e.x1}" y1="${e.y1}" x2="${e.x2}" y2="${e.y2}" stroke="${e.kind === 'mention' ? '#64748b' : '#e2c97e'}" stroke-width="${px(1)}" opacity="0.6"/>`,
      )
  for (const n of p.nodes) {
    const r = n.size / 2
    out.push(
      n.kind === 'concept'
        ? `<polygon points="${n.x},${n.y - r} ${n.x + r},${n.y} ${n.x},${n.y + r} ${n.x - r},${n.y}" fill="#fbbf24" stroke="#92400e" stroke-width="2"/>`
        : `<circle cx="${n.x}" cy="${n.y}" r="${r}" fill="${n.color}" stroke="#fff" stroke-width="1.5"/>`,
    )
  }
  const top = [...p.nodes]
    .filter((n) => n.kind === 'term')
    .sort((a, b) => b.size - a.size)
    .slice(0, groups.length ? 0 : LABELLED)
  const text = (x: number, y: number, size: number, label: string, extra = '') =>
    `<text x="${x}" y="${y}" font-size="${size}" text-anchor="middle" stroke="#fff" stroke-width="${size / 4}" stroke-linejoin="round" paint-order="stroke" fill="#111827" ${extra}>${esc(label)}</text>`
  for (const n of top) out.push(text(n.x, n.y + n.size / 2 + px(14), px(13), n.label))
  // Names stay inside the picture: a group at the edge gets its name moved in, not cut.
  for (const g of groups) {
    const size = px(20)
    const half = textWidth(g.name, size) / 2 + size * 0.6
    const x = Math.min(Math.max(g.x, box.x + half), box.x + box.w - half)
    out.push(
      `<rect x="${x - half}" y="${g.y - size * 0.8}" width="${2 * half}" height="${size * 1.6}" rx="${size * 0.8}" fill="#ffffff" fill-opacity="0.88" stroke="${g.color}" stroke-width="${px(2)}"/>`,
      text(x, g.y + size * 0.35, size, g.name, 'font-weight="bold"'),
    )
  }
  out.push('</svg>')
  return out.join('\n')
}

function main(dir = 'public'): void {
  const target = join(dir, PICTURE_IMAGE.file)
  const view = toViewGraph(checkGraph(JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8'))))
  const preview = pictureOf(view)
  if (inlinesPicture(view, preview)) {
    if (existsSync(target)) rmSync(target)
    return
  }
  const map = isMap(view)
  const scale = PICTURE_IMAGE.width / preview.box.w
  const svg = previewSvg(preview, map ? mapGroups(view) : [], !map, scale)
  const png = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: FONT } }).render().asPng()
  writeFileSync(target, png)
  console.log(`picture-image: wrote ${target} (${Math.round(png.length / 1024)} KiB)`)
}

try {
  main(process.argv[2])
} catch (error: unknown) {
  console.error(`picture-image: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}
