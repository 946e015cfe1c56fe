'use client'
import { useMessages } from './messages-context'
import { useExplorer } from './explorer-context'
import { neighboursOf } from '@/lib/explorer/lookup'

/** Screen readers hear which term is selected and how many neighbours it has (polite live region). */
export function Announcer() {
  const { lookup, selection } = useExplorer()
  const m = useMessages()
  const node = selection.selected
  let text = ''
  if (node) {
    text = m.panel.announce(node.label, neighboursOf(lookup, node.id).length)
  }
  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
      {text}
    </p>
  )
}
