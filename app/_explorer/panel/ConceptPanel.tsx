'use client'
import { useMessages } from '../messages-context'
import { useMemo } from 'react'
import { edgeBetween, membersOf, type ConceptNode } from '@/lib/explorer/lookup'
import { useExplorer } from '../explorer-context'
import { RelatedList } from './RelatedList'
import { CopyLink } from './CopyLink'

interface Props {
  concept: ConceptNode
}

/** A concept and its member terms, each with the text that places it in the concept. */
export function ConceptPanel({ concept }: Props) {
  const { lookup, state, update } = useExplorer()
  const m = useMessages()
  const members = useMemo(
    () =>
      membersOf(lookup, concept.id).map((t) => ({
        term: t,
        evidence: edgeBetween(lookup, t.id, concept.id)?.evidence ?? '',
      })),
    [lookup, concept.id],
  )
  const on = state.concepts.includes(concept.slug)
  return (
    <article className="term-panel" aria-labelledby="panel-title">
      <header>
        <p className="kind">{m.concept.kind}</p>
        <h2 id="panel-title" tabIndex={-1}>
          {concept.label}
        </h2>
        {concept.labelEn && (
          <p className="expansion" lang="en">
            {concept.labelEn}
          </p>
        )}
      </header>
      <p>{m.concept.memberCount(members.length)}</p>
      <div className="actions">
        <button
          type="button"
          className="button"
          aria-pressed={on}
          onClick={() =>
            update({
              concepts: on
                ? state.concepts.filter((c) => c !== concept.slug)
                : [...state.concepts, concept.slug],
            })
          }
        >
          {on ? m.concept.unfilter : m.concept.filter}
        </button>
        <CopyLink />
      </div>
      <RelatedList title={m.concept.members} items={members} />
    </article>
  )
}
