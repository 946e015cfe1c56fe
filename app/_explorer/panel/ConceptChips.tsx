'use client'
import { useMessages } from '../messages-context'
import type { ConceptGroup } from '@/lib/explorer/relations'
import { useExplorer } from '../explorer-context'

interface Props {
  groups: ConceptGroup[]
}

/** A term's concepts: each chip toggles the concept filter; the link beside it opens the concept. */
export function ConceptChips({ groups }: Props) {
  const { state, update, selection } = useExplorer()
  const m = useMessages()
  const onSelectConcept = selection.selectConcept
  return (
    <section className="related">
      <h3>{m.concept.heading}</h3>
      <ul className="chips">
        {groups.map(({ concept, evidence }) => {
          const on = state.concepts.includes(concept.slug)
          const toggle = () =>
            update({
              concepts: on
                ? state.concepts.filter((c) => c !== concept.slug)
                : [...state.concepts, concept.slug],
            })
          return (
            <li key={concept.id} title={evidence ? m.concept.evidence(evidence) : undefined}>
              <button type="button" className="chip" aria-pressed={on} onClick={toggle}>
                {on ? '✓ ' : ''}
                {concept.label}
              </button>
              <button type="button" className="link-button" onClick={() => onSelectConcept(concept.slug)}>
                {m.concept.member}
              </button>
            </li>
          )
        })}
      </ul>
      <p className="hint">{m.concept.hint}</p>
    </section>
  )
}
