'use client'
import type { TermNode } from '@/lib/explorer/lookup'
import { useExplorer } from '../explorer-context'
import { useMessages } from '../messages-context'
import { useKnown } from './use-known'

/** "I know this": a toggle button per term, kept per glossary in the reader's browser. */
export function KnownToggle({ term }: { term: TermNode }) {
  const { lookup } = useExplorer()
  const { known, toggle } = useKnown(lookup)
  const m = useMessages()
  const on = known.has(term.slug)
  return (
    <button
      type="button"
      className="button known-toggle"
      data-known-toggle=""
      aria-pressed={on}
      aria-label={m.learn.knownLabel(term.label)}
      onClick={() => toggle(term.slug)}
    >
      <span aria-hidden="true">{on ? '✓ ' : '○ '}</span>
      {m.learn.known}
    </button>
  )
}

/** "12 of 51 terms known": how far the reader is. */
export function Progress() {
  const { lookup } = useExplorer()
  const { known } = useKnown(lookup)
  const m = useMessages()
  const total = lookup.terms.size
  return (
    <p className="progress" data-progress="">
      <progress value={known.size} max={total} aria-hidden="true" />
      <span>{m.learn.progress(known.size, total)}</span>
    </p>
  )
}
