'use client'
/* eslint-disable react-hooks/refs -- Floating UI hands out ref setters and prop getters; nothing here reads a ref's value during render. */
import { viewHref } from '@/lib/explorer/url-state'
import { useExplorer } from '../explorer-context'
import { useHoverCard } from './use-hover-card'
import { HoverCard } from './HoverCard'
import { selectOnPlainClick, type TermLinkProps as Props } from './term-link-click'

/**
 * A reference to a term inside the explorer: a real link (a modifier opens it in a new tab),
 * while a plain click selects the term in place and pushes history. Hover, focus or a long press
 * previews the term.
 */
export default function TermLinkWithCard({ slug, children, className }: Props) {
  const { lookup, selection } = useExplorer()
  const preview = useHoverCard()
  const id = lookup.terms.get(slug)?.id
  return (
    <>
      <a
        ref={preview.setReference}
        className={className}
        href={viewHref({ term: slug })}
        {...preview.referenceProps}
        onClick={selectOnPlainClick(() => selection.selectTerm(slug))}
      >
        {children}
      </a>
      {preview.open && id && <HoverCard nodeId={id} {...preview.floating} />}
    </>
  )
}
