'use client'
import { useExplorer } from './explorer-context'

/** Screen readers hear which term is selected and how many neighbours it has (polite live region). */
export function Announcer() {
  const { lookup, selection } = useExplorer()
  const node = selection.selected
  let text = ''
  if (node) {
    const near = new Set([
      ...(lookup.out.get(node.id) ?? []).map((e) => e.target),
      ...(lookup.in.get(node.id) ?? []).map((e) => e.source),
    ])
    text = `已选择「${node.label}」，有 ${near.size} 个相邻节点`
  }
  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
      {text}
    </p>
  )
}
