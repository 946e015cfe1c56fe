'use client'
import { useMessages } from '../messages-context'
import { CLEAR_FILTERS, DEFAULT_STATE } from '@/lib/explorer/url-state'
import { useExplorer } from '../explorer-context'
import { legendOf } from '@/lib/explorer/legend'

/** The filters in effect as removable chips, so a shared link shows what it narrows to. */
export function ActiveFilters() {
  const { lookup, state, update } = useExplorer()
  const m = useMessages()
  const chips: { key: string; text: string; remove: () => void }[] = []
  for (const slug of state.concepts) {
    const label = lookup.concepts.get(slug)?.label ?? slug
    chips.push({
      key: `c-${slug}`,
      text: m.active.concept(label),
      remove: () => update({ concepts: state.concepts.filter((c) => c !== slug) }),
    })
  }
  if (state.group !== undefined) {
    const name =
      legendOf(lookup, Infinity).find((e) => e.community === state.group)?.name ?? String(state.group)
    chips.push({ key: 'group', text: m.active.group(name), remove: () => update({ group: undefined }) })
  }
  if (state.focus) {
    const label = lookup.terms.get(state.focus)?.label ?? state.focus
    chips.push({
      key: 'focus',
      text: m.active.focus(label, state.depth),
      remove: () => update({ focus: undefined }),
    })
  }
  if (state.kinds.length < DEFAULT_STATE.kinds.length) {
    const text =
      state.kinds.length === 0
        ? m.active.noKinds
        : m.active.onlyKinds(state.kinds.map((k) => m.active.kindNames[k]))
    chips.push({ key: 'kinds', text, remove: () => update({ kinds: DEFAULT_STATE.kinds }) })
  }
  if (state.hideIsolated)
    chips.push({ key: 'iso', text: m.active.hideIsolated, remove: () => update({ hideIsolated: false }) })
  if (chips.length === 0) return null
  return (
    <ul className="active-filters" aria-label={m.active.label}>
      {chips.map((c) => (
        <li key={c.key}>
          <span className="chip">
            {c.text}
            <button
              type="button"
              className="icon-button"
              aria-label={m.active.remove(c.text)}
              onClick={c.remove}
            >
              ×
            </button>
          </span>
        </li>
      ))}
      <li>
        <button type="button" className="link-button" onClick={() => update(CLEAR_FILTERS)}>
          {m.active.resetAll}
        </button>
      </li>
    </ul>
  )
}
