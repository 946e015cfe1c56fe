'use client'
import type { GNode, Lookup } from '@/lib/explorer/lookup'
import type { ViewState } from '@/lib/explorer/url-state'
import type { Update } from './use-view'
import { TermPanel } from './TermPanel'
import { ConceptPanel } from './ConceptPanel'
import { Intro } from './Intro'

interface Props {
  lookup: Lookup
  state: ViewState
  update: Update
  selected: GNode | undefined
  /** Whether the selection is drawn under the current filters. */
  selectedInView: boolean
  onSelectTerm: (slug: string) => void
  onSelectConcept: (slug: string) => void
  onClose: () => void
}

/** Side panel on wide screens, bottom sheet on phones; shows the selection or a short intro. */
export function DetailPanel({
  lookup,
  state,
  update,
  selected,
  selectedInView,
  onSelectTerm,
  onSelectConcept,
  onClose,
}: Props) {
  return (
    <aside
      className={selected ? 'panel open' : 'panel'}
      aria-label={selected ? `${selected.label} 详情` : '说明'}
    >
      {selected && (
        <button
          type="button"
          className="icon-button panel-close"
          aria-label="关闭详情（Esc）"
          onClick={onClose}
        >
          ×
        </button>
      )}
      {selected?.kind === 'term' && (
        <TermPanel
          key={selected.id}
          lookup={lookup}
          term={selected}
          inView={selectedInView}
          state={state}
          update={update}
          onSelectTerm={onSelectTerm}
          onSelectConcept={onSelectConcept}
        />
      )}
      {selected?.kind === 'concept' && (
        <ConceptPanel
          key={selected.id}
          lookup={lookup}
          concept={selected}
          state={state}
          update={update}
          onSelectTerm={onSelectTerm}
        />
      )}
      {!selected && <Intro lookup={lookup} onSelectTerm={onSelectTerm} />}
    </aside>
  )
}
