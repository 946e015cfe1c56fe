'use client'
import { useMessages } from '../messages-context'
import { useExplorer } from '../explorer-context'
import { TermPanel } from './TermPanel'
import { ConceptPanel } from './ConceptPanel'
import { Intro } from './Intro'
import { PathPanel } from './PathPanel'

interface Props {
  /** Whether the selection is drawn under the current filters. */
  selectedInView: boolean
}

/** Side panel on wide screens, bottom sheet on phones; shows the selection or a short intro. */
export function DetailPanel({ selectedInView }: Props) {
  const { selection } = useExplorer()
  const m = useMessages()
  const { selected, path, clear: onClose } = selection
  const open = selected !== undefined || path !== undefined
  return (
    <aside
      className={open ? 'panel open' : 'panel'}
      aria-label={selected ? m.panel.termDetails(selected.label) : path ? m.panel.pathDetails : m.panel.about}
    >
      {open && (
        <button
          type="button"
          className="icon-button panel-close"
          aria-label={m.panel.close}
          onClick={onClose}
        >
          ×
        </button>
      )}
      {path && <PathPanel key={`${path.from}>${path.to}`} from={path.from} to={path.to} />}
      {!path && selected?.kind === 'term' && (
        <TermPanel key={selected.id} term={selected} inView={selectedInView} />
      )}
      {!path && selected?.kind === 'concept' && <ConceptPanel key={selected.id} concept={selected} />}
      {!open && <Intro />}
    </aside>
  )
}
