/**
 * What both forms of a term reference share (the plain link shown while the hover card's code
 * loads, and the link with its card): their props and the click rule.
 */
import type { MouseEvent, ReactNode } from 'react'

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
