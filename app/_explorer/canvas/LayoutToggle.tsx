'use client'
import { useExplorer } from '../explorer-context'
import { useMessages } from '../messages-context'

/** Canvas option: lay "is a kind of" and "builds on" out top-down (the URL's `layout=kinds`). */
export function LayoutToggle() {
  const { state, update } = useExplorer()
  const m = useMessages()
  const on = state.layout === 'kinds'
  return (
    <button
      type="button"
      className="button layout-toggle"
      aria-pressed={on}
      title={m.layout.kindsLabel}
      onClick={() => update({ layout: on ? 'map' : 'kinds' })}
    >
      {m.layout.kinds}
    </button>
  )
}
