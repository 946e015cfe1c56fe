'use client'
/* eslint-disable react-hooks/refs -- Floating UI hands out ref setters and prop getters; nothing here reads a ref's value during render. */
import { viewHref } from '@/lib/explorer/url-state'
import { useExplorer } from './explorer-context'
import { useTermPreview } from './use-term-preview'
import { PreviewCard } from './PreviewCard'
import { selectOnPlainClick, type TermLinkProps as Props } from './TermLink'

/**
 * A reference to a term inside the explorer: a real link (a modifier opens it in a new tab),
 * while a plain click selects the term in place and pushes history. Hover, focus or a long press
 * previews the term.
 */
export default function TermLinkPreview({ slug, children, className }: Props) {
  const { lookup, selection } = useExplorer()
  const preview = useTermPreview()
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
      {preview.open && id && <PreviewCard nodeId={id} {...preview.floating} />}
    </>
  )
}
