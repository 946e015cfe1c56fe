'use client'
import { useMemo } from 'react'
import type { GNode, TermNode } from '@/lib/explorer/lookup'
import { typedRelationsOf } from '@/lib/explorer/typed-relations'
import { RelationSentence } from '@/app/_components/RelationSentence'
import { useExplorer } from '../explorer-context'
import { useMessages } from '../messages-context'
import { TermLink } from '../hover-card/TermLink'

/** A node in a sentence: a term links to its panel, a concept filters to its members. */
function NodeName({ node, text }: { node: GNode | undefined; text: string }) {
  const { selection } = useExplorer()
  if (node?.kind === 'term') return <TermLink slug={node.slug}>{text}</TermLink>
  if (node?.kind === 'concept')
    return (
      <button
        type="button"
        className="link-button concept-ref"
        onClick={() => selection.selectConcept(node.slug)}
      >
        {text}
      </button>
    )
  return <strong>{text}</strong>
}

/** "What it is and how it relates": the term's genus and typed relations as sentences, with evidence. */
export function TypedRelations({ term }: { term: TermNode }) {
  const { lookup } = useExplorer()
  const m = useMessages()
  const typed = useMemo(() => typedRelationsOf(lookup, term.id), [lookup, term.id])
  const links = [...typed.outgoing, ...typed.incoming]
  if (!typed.genus && links.length === 0) return null
  const self = <strong>{term.label}</strong>
  return (
    <section className="related typed-relations" aria-labelledby="typed-h">
      <h3 id="typed-h">{m.relation.heading}</h3>
      <ul>
        {typed.genus && (
          <li data-relation="genus">
            <RelationSentence
              parts={m.relation.genus}
              subject={self}
              object={<NodeName node={typed.genus.target} text={typed.genus.text} />}
            />
          </li>
        )}
        {links.map((r) => (
          <li key={`${r.subject.id}>${r.object.id}`} data-relation={r.relation}>
            <RelationSentence
              parts={m.relation.sentence[r.relation]}
              subject={r.subject.id === term.id ? self : <NodeName node={r.subject} text={r.subject.label} />}
              object={r.object.id === term.id ? self : <NodeName node={r.object} text={r.object.label} />}
            />
            {r.evidence && <q className="evidence">{r.evidence}</q>}
          </li>
        ))}
      </ul>
    </section>
  )
}
