/**
 * The explorer's first view as an inline SVG picture (server component): every node with its
 * label over the edges, placed, sized and coloured as the canvas draws them, fitted to the stage
 * with the canvas's own fit rule (CSS clamp = use-camera's padding, max and min zoom). Labels the
 * canvas would hide at that zoom are hidden by container queries, so nothing changes when
 * Cytoscape takes over. Terms link to their pages, for readers without JavaScript; with it, the
 * first view's script (lib/explorer/picture-click-script.ts) opens them in the explorer instead.
 */
import { CANVAS_RULES, labelShownFrom, type Picture, type PictureNode } from '@/lib/explorer/picture'
import { NODE_ATTRIBUTE } from '@/lib/explorer/picture-pick'

const FONT =
  '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", system-ui, sans-serif'
// Edge drawing as in cy-style.ts; colours come from theme.css (picture.css), as the canvas's do.
const EDGE = {
  mention: { className: 'gp-mention', strokeWidth: 1.6 },
  concept: { className: 'gp-concept-edge', strokeWidth: 1.6, strokeDasharray: '6 3' },
} as const

/** One CSS class per (kind, font size): its label shows once the stage is big enough. */
const labelClass = (n: Pick<PictureNode, 'kind' | 'fontSize'>) => `gp-${n.kind}-${n.fontSize}`

/**
 * Container queries that show each label class from the stage size at which the canvas draws it,
 * per screen pixel ratio (the canvas draws big graphs at ratio 1, others at the screen's).
 */
function labelCss(p: Picture): string {
  const seen = new Map<string, PictureNode>()
  for (const n of p.nodes) seen.set(labelClass(n), n)
  const ratios = p.edges.length > CANVAS_RULES.bigEdges ? [1] : [1, 2, 3]
  const rules: string[] = []
  for (const [cls, n] of seen) {
    if (labelShownFrom(p.box, n.fontSize, n.kind)?.[0] === 0) continue
    rules.push(`.${cls}{display:none}`)
    for (const ratio of ratios) {
      const from = labelShownFrom(p.box, n.fontSize, n.kind, ratio)
      if (!from) continue
      const query = `@container graph-preview (min-width:${from[0]}px) and (min-height:${from[1]}px){.${cls}{display:inline}}`
      rules.push(ratio === 1 ? query : `@media (min-resolution:${ratio}dppx){${query}}`)
    }
  }
  return rules.join('')
}

function Node({ n }: { n: PictureNode }) {
  const r = n.size / 2
  const shape =
    n.kind === 'concept' ? (
      <polygon
        points={`${n.x},${n.y - r} ${n.x + r},${n.y} ${n.x},${n.y + r} ${n.x - r},${n.y}`}
        className="gp-concept-shape"
        strokeWidth={CANVAS_RULES.border.concept}
      />
    ) : (
      <circle
        cx={n.x}
        cy={n.y}
        r={r}
        fill={n.color}
        className="gp-rim"
        strokeWidth={CANVAS_RULES.border.term}
      />
    )
  const text = (
    <text
      className={`${labelClass(n)} gp-label-${n.kind}`}
      x={n.x}
      y={n.y + r + CANVAS_RULES.labelMarginY}
      fontSize={n.fontSize}
      {...(n.kind === 'concept' ? { fontWeight: 'bold' } : {})}
    >
      {n.label}
    </text>
  )
  return n.href ? (
    <a href={n.href}>
      {shape}
      {text}
    </a>
  ) : (
    // Named for the first view's click script (a concept has no page to link to).
    <g {...{ [NODE_ATTRIBUTE]: n.id }}>
      {shape}
      {text}
    </g>
  )
}

/**
 * The canvas's fit rule (use-camera.ts) as CSS, for a picture of `box` centred in the stage: each
 * side is the stage less padding, clamped to the zoom limits; with `meet`/`contain` the smaller
 * scale wins, as in the fit.
 */
export function fitStyle(box: Picture['box'], minZoom: number = CANVAS_RULES.minZoom) {
  const { padding, maxFitZoom } = CANVAS_RULES
  const size = (model: number) =>
    `clamp(${model * minZoom}px, calc(100% - ${2 * padding}px), ${model * maxFitZoom}px)`
  return { width: size(box.w), height: size(box.h) }
}

/** The picture; `label` is its accessible name. */
export function GraphPicture({ preview, label }: { preview: Picture; label: string }) {
  const { box } = preview
  return (
    <div className="graph-preview" data-preview-box={`${box.x} ${box.y} ${box.w} ${box.h}`}>
      <style>{labelCss(preview)}</style>
      <svg
        data-graph-preview
        viewBox={`${box.x} ${box.y} ${box.w} ${box.h}`}
        preserveAspectRatio="xMidYMid meet"
        style={fitStyle(box)}
        role="img"
        aria-label={label}
        fontFamily={FONT}
      >
        <defs>
          <marker
            id="gp-arrow"
            viewBox="0 0 10 10"
            refX="10"
            refY="5"
            markerWidth="5"
            markerHeight="5"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" className="gp-arrow" />
          </marker>
        </defs>
        <g opacity={0.85}>
          {preview.edges.map((e, i) => (
            <line
              key={i}
              x1={e.x1}
              y1={e.y1}
              x2={e.x2}
              y2={e.y2}
              {...EDGE[e.kind]}
              {...(e.kind === 'mention' ? { markerEnd: 'url(#gp-arrow)' } : {})}
            />
          ))}
        </g>
        <g className="gp-labels" textAnchor="middle" dominantBaseline="hanging">
          {preview.nodes.map((n) => (
            <Node key={n.id} n={n} />
          ))}
        </g>
      </svg>
    </div>
  )
}
