'use client'
import { lazy, Suspense } from 'react'
import { viewHref } from '@/lib/explorer/url-state'
import { useExplorer } from '../explorer-context'
import { selectOnPlainClick, type TermLinkProps } from './term-link-click'

// The hover card (Floating UI) loads with the first term reference, not with the page.
const WithCard = lazy(() => import('./TermLinkWithCard'))

/** The link alone, shown until the hover card's code has loaded. */
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
 * previews the term (see TermLinkWithCard).
 */
export function TermLink(props: TermLinkProps) {
  return (
    <Suspense fallback={<PlainTermLink {...props} />}>
      <WithCard {...props} />
    </Suspense>
  )
}
