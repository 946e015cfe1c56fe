/**
 * Chooses how the static HTML shows the first view: the inline SVG picture for graphs small enough
 * to inline that are not maps (inlinesPicture), otherwise the image made at build time
 * (public/graph-preview.png, written by lib/tools/picture-image.ts), fitted by the same rule;
 * nothing when neither exists.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { CANVAS_RULES, PICTURE_IMAGE, inlinesPicture, pictureOf } from '@/lib/explorer/picture'
import { isMap } from '@/lib/explorer/groups'
import { loadViewGraph } from './load-view'
import { GraphPicture, fitStyle } from './GraphPicture'
import { withBasePath } from '@/lib/explorer/site-url'
import type { Messages } from '@/lib/explorer/i18n/messages'

export function FirstView({ m }: { m: Messages }) {
  const view = loadViewGraph()
  const preview = pictureOf(view)
  const label = m.stage.picture(view.kinds.filter((k) => k === 0).length)
  if (inlinesPicture(view, preview)) return <GraphPicture preview={preview} label={label} />
  if (!existsSync(join(process.cwd(), 'public', PICTURE_IMAGE.file))) return null
  const { box } = preview
  return (
    <div className="graph-preview" data-preview-box={`${box.x} ${box.y} ${box.w} ${box.h}`}>
      {/* A static file made at build time: next/image would only add a loader to it. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        data-graph-preview
        src={withBasePath(`/${PICTURE_IMAGE.file}`)}
        alt={label}
        width={PICTURE_IMAGE.width}
        height={Math.round((PICTURE_IMAGE.width * box.h) / box.w)}
        style={fitStyle(box, isMap(view) ? CANVAS_RULES.mapMinZoom : CANVAS_RULES.minZoom)}
        fetchPriority="high"
      />
    </div>
  )
}
