'use client'
import { lazy, Suspense, type MouseEvent, type ReactNode } from 'react'
import { viewHref } from '@/lib/explorer/url-state'
import { useExplorer } from './explorer-context'

export interface TermLinkProps {
  /** Slug of the term linked to. */
  slug: string
  children: ReactNode
  className?: string
}

/** A plain click selects in place; with a modifier (or another button) the browser follows the link. */
export const selectOnPlainClick = (select: () => void) => (e: MouseEvent<HTMLAnchorElement>) => {
  if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return
  e.preventDefault()
  select()
}

// The preview (Floating UI) loads with the first term reference, not with the page.
const WithPreview = lazy(() => import('./TermLinkPreview'))

/** The link alone, shown until the preview code has loaded. */
function PlainTermLink({ slug, children, className }: TermLinkProps) {
  const { selection } = useExplorer()
  return (
    <a
      className={className}
      href={viewHref({ term: slug })}
      onClick={selectOnPlainClick(() => selection.selectTerm(slug))}
    >
      {children}
    </a>
  )
}

/**
 * A reference to a term inside the explorer: a real link (a modifier opens it in a new tab),
 * while a plain click selects the term in place and pushes history. Hover, focus or a long press
 * previews the term (see TermLinkPreview).
 */
export function TermLink(props: TermLinkProps) {
  return (
    <Suspense fallback={<PlainTermLink {...props} />}>
      <WithPreview {...props} />
    </Suspense>
  )
}
