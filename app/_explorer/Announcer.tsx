'use client'
import { useMessages } from './messages-context'
import { useExplorer } from './explorer-context'

/** Screen readers hear which term is selected and how many neighbours it has (polite live region). */
export function Announcer() {
  const { lookup, selection } = useExplorer()
  const m = useMessages()
  const node = selection.selected
  let text = ''
  if (node) {
    const near = new Set([
      ...(lookup.out.get(node.id) ?? []).map((e) => e.target),
      ...(lookup.in.get(node.id) ?? []).map((e) => e.source),
    ])
    text = m.panel.announce(node.label, near.size)
  }
  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
      {text}
    </p>
  )
}
