'use client'
import { useMessages } from '../messages-context'
import type { CSSProperties, HTMLProps, Ref } from 'react'
import { FloatingPortal } from '@floating-ui/react'
import { hoverCardOf } from '@/lib/explorer/hover-card'
import { useExplorer } from '../explorer-context'

interface Props {
  /** Graph key of the term or concept previewed. */
  nodeId: string
  /** Floating UI's ref, position and props for the floating element (includes its id). */
  floatingRef: Ref<HTMLDivElement>
  style: CSSProperties
  props?: HTMLProps<HTMLDivElement>
  id?: string
}

/**
 * The small card a term reference shows on hover, focus or long press: label, other names, the
 * start of the definition and concept chips. Rendered in a portal so panels never clip it.
 */
export function HoverCard({ nodeId, floatingRef, style, props, id }: Props) {
  const { lookup } = useExplorer()
  const m = useMessages()
  const p = hoverCardOf(lookup, nodeId)
  if (!p) return null
  return (
    <FloatingPortal>
      <div ref={floatingRef} style={style} className="preview-card" data-preview-open="" id={id} {...props}>
        <p className="preview-label">
          {p.label}
          {p.kind === 'concept' && <span className="hit-kind">{m.concept.kind}</span>}
        </p>
        {p.names.length > 0 && <p className="preview-names">{p.names.join(' · ')}</p>}
        {p.excerpt && <p className="preview-text">{p.excerpt}</p>}
        {p.kind === 'concept' && <p className="preview-text">{m.concept.previewExcerpt(p.members)}</p>}
        {p.concepts.length > 0 && (
          <p className="preview-chips">
            {p.concepts.map((c) => (
              <span key={c} className="chip">
                {c}
              </span>
            ))}
          </p>
        )}
      </div>
    </FloatingPortal>
  )
}
