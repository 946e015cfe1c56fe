/**
 * Post-build step: draws the Open Graph images the term pages name (lib/explorer/og-image) into
 * <out>/og/<slug>.png, plus the site image, from public/graph.json (the build's input), SVG → PNG
 * with @resvg/resvg-js. A missing font or renderer is a warning, never a failed build: the site
 * works without link previews.
 * Usage: tsx lib/tools/og/render-og.ts [outDir] [graph.json]   (defaults: $SITE_OUT_DIR or out, public/graph.json)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { checkGraph } from '../../format/check-graph'
import { buildLookup } from '../../explorer/graph-model'
import type { Lookup, TermNode } from '../../explorer/lookup'
import { neighbourhoodOf } from '../../explorer/neighbourhood'
import { ogImageSlugs, SITE_OG_IMAGE } from '../../explorer/og-image'
import { fontsFor } from './fonts'
import { ogSvg, type OgText } from './og-svg'
import { readEnv } from '../../format/settings'

/** Neighbours drawn in an image; fewer than on the page, whose labels are smaller. */
const OG_NEIGHBOURS = 10

/** The text beside a term's graph. */
function termText(l: Lookup, t: TermNode, related: number): OgText {
  const others = [t.expansion, t.gloss].filter((s): s is string => Boolean(s) && s !== t.label)
  return { site: l.title, name: t.label, others, footer: `${related} 个相关术语与概念` }
}

/** SVG of every image to draw, by site-relative path. */
export function ogPictures(l: Lookup): Map<string, string> {
  const out = new Map<string, string>()
  for (const slug of ogImageSlugs(l)) {
    const t = l.terms.get(slug)
    const hood = t && neighbourhoodOf(l, t.id, OG_NEIGHBOURS)
    if (t && hood)
      out.set(`/og/${slug}.png`, ogSvg(termText(l, t, hood.neighbours.length + hood.hidden), hood))
  }
  // The site's own: its title beside the neighbourhood of its most central term.
  const top = [...l.terms.values()].sort((a, b) => b.pagerank - a.pagerank)[0]
  const hood = top && neighbourhoodOf(l, top.id, OG_NEIGHBOURS)
  const counts = `${l.terms.size} 个术语 · ${l.concepts.size} 个概念`
  if (hood)
    out.set(SITE_OG_IMAGE, ogSvg({ site: '术语知识图谱', name: l.title, others: [counts], footer: '' }, hood))
  return out
}

async function main() {
  const outDir = process.argv[2] || readEnv('SITE_OUT_DIR')
  const graphPath = process.argv[3] || 'public/graph.json'
  const started = performance.now()
  let renderAsync: typeof import('@resvg/resvg-js').renderAsync
  try {
    ;({ renderAsync } = await import('@resvg/resvg-js'))
  } catch (error) {
    console.warn(`og: warning: @resvg/resvg-js cannot load here (${String(error)}); no link preview images`)
    return
  }
  const l = buildLookup(checkGraph(JSON.parse(readFileSync(graphPath, 'utf8'))))
  const pictures = ogPictures(l)
  const { font, cleanup } = await fontsFor([...pictures.values()].join(''))
  mkdirSync(join(outDir, 'og'), { recursive: true })
  try {
    // resvg's asynchronous render runs on libuv's thread pool: a few images at once use every core.
    const queue = [...pictures]
    const drawNext = async (): Promise<void> => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const [path, svg] = job
        writeFileSync(join(outDir, path), (await renderAsync(svg, { font })).asPng())
      }
    }
    await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, drawNext))
  } finally {
    cleanup()
  }
  const ms = performance.now() - started
  const shared = l.terms.size - (pictures.size - 1)
  const note = shared > 0 ? ` (${shared} terms share ${SITE_OG_IMAGE})` : ''
  console.log(
    `og: ${pictures.size} images${note} in ${(ms / 1000).toFixed(1)} s, ${(ms / pictures.size).toFixed(0)} ms each`,
  )
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main()
