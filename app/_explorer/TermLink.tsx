'use client'
import type { ReactNode } from 'react'
import { viewHref } from '@/lib/explorer/url-state'
import { useExplorer } from './explorer-context'

interface Props {
  /** Slug of the term linked to. */
  slug: string
  children: ReactNode
  className?: string
}

/**
 * A reference to a term inside the explorer: a real link (a modifier opens it in a new tab),
 * while a plain click selects the term in place and pushes history.
 */
export function TermLink({ slug, children, className }: Props) {
  const { selection } = useExplorer()
  return (
    <a
      className={className}
      href={viewHref({ term: slug })}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return
        e.preventDefault()
        selection.selectTerm(slug)
      }}
    >
      {children}
    </a>
  )
}
