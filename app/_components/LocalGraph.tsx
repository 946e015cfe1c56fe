/**
 * A term's local graph on its static page: the term, its neighbours around it, each neighbour a
 * link. Plain SVG drawn on the server (no JavaScript), from the same geometry as the term's
 * Open Graph image (lib/explorer/local-graph-layout).
 */
import type { Messages } from '@/lib/explorer/i18n/messages'
import type { Lookup } from '@/lib/explorer/lookup'
import { labelBox } from '@/lib/explorer/label-boxes'
import { colorOf } from '@/lib/explorer/legend'
import { layoutLocalGraph, type LayoutOptions, type PlacedNode } from '@/lib/explorer/local-graph-layout'
import { neighbourhoodOf } from '@/lib/explorer/neighbourhood'
import '../styles/local-graph.css'

/**
 * The drawing scales down to the page column (350 CSS px on a 390 px phone): 16 units there are
 * still 12.7 px, the smallest label size we allow.
 */
const LOCAL_GRAPH: LayoutOptions = {
  width: 440,
  height: 300,
  fontSize: 16,
  centerFontSize: 18,
  padding: 4,
  radius: 7,
}

const CONCEPT_FILL = '#718096'

/** A dot: a circle for a term, a diamond for a concept (as in the explorer). */
function Dot({ p }: { p: PlacedNode }) {
  const fill = p.node.kind === 'term' ? colorOf(p.node.community) : CONCEPT_FILL
  if (p.node.kind === 'term') return <circle cx={p.cx} cy={p.cy} r={p.r} fill={fill} />
  const { cx, cy, r } = p
  return <polygon points={`${cx},${cy - r} ${cx + r},${cy} ${cx},${cy + r} ${cx - r},${cy}`} fill={fill} />
}

function Label({ p, className }: { p: PlacedNode; className?: string }) {
  const l = p.label
  return (
    <text x={l.x} y={l.y} fontSize={l.fontSize} textAnchor={l.anchor} className={className}>
      {l.text}
    </text>
  )
}

/** A plate under the centre's label, so the edges that pass beneath it do not cross the text. */
function CenterPlate({ p }: { p: PlacedNode }) {
  const b = labelBox(p.label)
  return (
    <rect
      x={b.x0 - 4}
      y={b.y0 - 2}
      width={b.x1 - b.x0 + 8}
      height={b.y1 - b.y0 + 4}
      rx={4}
      className="plate"
    />
  )
}

/** The local graph of `termId`, or nothing when the term has no neighbours. */
export function LocalGraph({ lookup, termId, m }: { lookup: Lookup; termId: string; m: Messages }) {
  const hood = neighbourhoodOf(lookup, termId)
  if (!hood || hood.neighbours.length === 0) return null
  const g = layoutLocalGraph(hood, LOCAL_GRAPH)
  const name = hood.center.label
  return (
    <figure className="local-graph">
      <svg
        viewBox={`0 ${g.top} ${g.width} ${g.bottom - g.top}`}
        width={g.width}
        height={g.bottom - g.top}
        aria-labelledby="local-graph-title"
      >
        <title id="local-graph-title">{m.termPage.localGraphTitle(name)}</title>
        {g.neighbours.map((p) => (
          <line
            key={`edge-${p.node.id}`}
            x1={g.center.cx}
            y1={g.center.cy}
            x2={p.cx}
            y2={p.cy}
            className={p.node.relation === 'concept' ? 'edge concept' : 'edge'}
          />
        ))}
        {g.neighbours.map((p) => (
          <a key={p.node.id} href={p.node.href} aria-label={p.node.label}>
            <title>{p.node.label}</title>
            <Dot p={p} />
            <Label p={p} />
          </a>
        ))}
        <g aria-hidden="true">
          <CenterPlate p={g.center} />
          <circle
            cx={g.center.cx}
            cy={g.center.cy}
            r={g.center.r}
            fill={colorOf(hood.center.community)}
            className="center"
          />
          <Label p={g.center} className="center" />
        </g>
      </svg>
      <figcaption>
        {m.termPage.localGraphCaption(hood.neighbours.length + hood.hidden)}
        {hood.hidden > 0 && m.termPage.localGraphHidden(hood.neighbours.length)}
        {m.termPage.localGraphKey}
      </figcaption>
    </figure>
  )
}
