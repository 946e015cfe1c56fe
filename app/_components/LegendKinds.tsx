import type { Messages } from '@/lib/explorer/i18n/messages'
import type { EdgeRelation } from '@/lib/format/types'

/** A short sample of how an edge of this relation is drawn on the canvas (cy-style.ts). */
function RelationSample({ relation }: { relation: EdgeRelation }) {
  const line = { stroke: 'currentColor', strokeWidth: relation === 'based-on' ? 2.6 : 1.8 }
  const dots = relation === 'contrast' ? { strokeDasharray: '2 2' } : {}
  return (
    <>
      <line x1="3" y1="6" x2="28" y2="6" {...line} {...dots} />
      {relation === 'is-a' && <path d="M28 2 L35 6 L28 10 Z" fill="var(--bg)" stroke="currentColor" />}
      {relation === 'part-of' && <path d="M27 6 L31 2 L35 6 L31 10 Z" fill="currentColor" />}
      {relation === 'based-on' && (
        <path d="M28 2 L34 6 L28 10" fill="none" stroke="currentColor" strokeWidth="2" />
      )}
      {relation === 'contrast' && <path d="M2 2 L2 10 M34 2 L34 10" stroke="currentColor" strokeWidth="2" />}
      {relation === 'same-as' && (
        <>
          <circle cx="4" cy="6" r="2.5" fill="currentColor" />
          <circle cx="32" cy="6" r="2.5" fill="currentColor" />
        </>
      )}
    </>
  )
}

/**
 * The legend's node and edge kinds (concept, mention, membership, the typed relations the graph
 * has, known terms), after its groups: the same in the static picture's legend and the
 * explorer's, so the picture's box is the canvas's. No hooks, so both server and client render it.
 */
export function LegendKinds({ m, relations }: { m: Messages['legend']; relations: readonly EdgeRelation[] }) {
  return (
    <>
      <li>
        <span className="swatch diamond" aria-hidden="true" />
        {m.concept}
      </li>
      <li>
        <span className="line arrow" aria-hidden="true" />
        {m.mention}
      </li>
      <li>
        <span className="line dashed" aria-hidden="true" />
        {m.member}
      </li>
      {relations.map((r) => (
        <li key={r} data-legend-relation={r}>
          <svg className="relation-sample" viewBox="0 0 36 12" aria-hidden="true">
            <RelationSample relation={r} />
          </svg>
          {m.relations[r]}
        </li>
      ))}
      <li>
        <span className="swatch known-sample" aria-hidden="true" />
        {m.known}
      </li>
    </>
  )
}
