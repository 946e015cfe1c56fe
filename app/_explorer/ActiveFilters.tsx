'use client'
import { CLEAR_FILTERS, DEFAULT_STATE } from '@/lib/explorer/url-state'
import { useExplorer } from './explorer-context'
import { legendOf } from '@/lib/explorer/legend'

const KIND_NAMES = { mention: '提及', concept: '概念' } as const

/** The filters in effect as removable chips, so a shared link shows what it narrows to. */
export function ActiveFilters() {
  const { lookup, state, update } = useExplorer()
  const chips: { key: string; text: string; remove: () => void }[] = []
  for (const slug of state.concepts) {
    const label = lookup.concepts.get(slug)?.label ?? slug
    chips.push({
      key: `c-${slug}`,
      text: `概念：${label}`,
      remove: () => update({ concepts: state.concepts.filter((c) => c !== slug) }),
    })
  }
  if (state.group !== undefined) {
    const name =
      legendOf(lookup, Infinity).find((e) => e.community === state.group)?.name ?? String(state.group)
    chips.push({ key: 'group', text: `分组：${name}`, remove: () => update({ group: undefined }) })
  }
  if (state.focus) {
    const label = lookup.terms.get(state.focus)?.label ?? state.focus
    chips.push({
      key: 'focus',
      text: `聚焦：${label}（${state.depth} 层）`,
      remove: () => update({ focus: undefined }),
    })
  }
  if (state.kinds.length < DEFAULT_STATE.kinds.length) {
    const text =
      state.kinds.length === 0
        ? '不显示关系'
        : `只显示${state.kinds.map((k) => KIND_NAMES[k]).join('、')}关系`
    chips.push({ key: 'kinds', text, remove: () => update({ kinds: DEFAULT_STATE.kinds }) })
  }
  if (state.hideIsolated)
    chips.push({ key: 'iso', text: '隐藏孤立术语', remove: () => update({ hideIsolated: false }) })
  if (chips.length === 0) return null
  return (
    <ul className="active-filters" aria-label="当前筛选">
      {chips.map((c) => (
        <li key={c.key}>
          <span className="chip">
            {c.text}
            <button
              type="button"
              className="icon-button"
              aria-label={`移除筛选：${c.text}`}
              onClick={c.remove}
            >
              ×
            </button>
          </span>
        </li>
      ))}
      <li>
        <button type="button" className="link-button" onClick={() => update(CLEAR_FILTERS)}>
          全部重置
        </button>
      </li>
    </ul>
  )
}
