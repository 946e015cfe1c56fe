'use client'
import { useMessages } from '../messages-context'
import { useRef, useState } from 'react'
import type { TermNode } from '@/lib/explorer/lookup'
import { useExplorer } from '../explorer-context'
import { SearchBox } from '../search/SearchBox'

/** "与…的关系": picks a second term by search and opens the path between the two. */
export function RelationPicker({ term }: { term: TermNode }) {
  const { lookup, update, search } = useExplorer()
  const m = useMessages()
  const [open, setOpen] = useState(false)
  const [q, setQ] = useState('')
  const input = useRef<HTMLInputElement>(null)
  if (!open)
    return (
      <button
        type="button"
        className="button"
        onClick={() => {
          setOpen(true)
          // After the box renders.
          requestAnimationFrame(() => input.current?.focus())
        }}
      >
        {m.path.picker}
      </button>
    )
  return (
    <div className="relation-picker">
      <SearchBox
        value={q}
        onChange={setQ}
        search={(text, limit) => search(text, limit).filter((h) => h.kind === 'term' && h.id !== term.id)}
        onPick={(hit) => {
          const other = lookup.nodes.get(hit.id)
          if (other?.kind === 'term')
            update({ from: term.slug, to: other.slug, term: undefined, concept: undefined }, 'push')
        }}
        inputRef={input}
        label={m.path.pickerLabel(term.label)}
        placeholder={m.path.pickerPlaceholder}
      />
    </div>
  )
}
