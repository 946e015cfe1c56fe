'use client'
import { useExplorer } from './explorer-context'
import { TermPanel } from './TermPanel'
import { ConceptPanel } from './ConceptPanel'
import { Intro } from './Intro'

interface Props {
  /** Whether the selection is drawn under the current filters. */
  selectedInView: boolean
}

/** Side panel on wide screens, bottom sheet on phones; shows the selection or a short intro. */
export function DetailPanel({ selectedInView }: Props) {
  const { selection } = useExplorer()
  const { selected, clear: onClose } = selection
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
      {selected?.kind === 'term' && <TermPanel key={selected.id} term={selected} inView={selectedInView} />}
      {selected?.kind === 'concept' && <ConceptPanel key={selected.id} concept={selected} />}
      {!selected && <Intro />}
    </aside>
  )
}
