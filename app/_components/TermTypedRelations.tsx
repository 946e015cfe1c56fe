import Link from 'next/link'
import type { Messages } from '@/lib/explorer/i18n/messages'
import type { GNode } from '@/lib/explorer/lookup'
import type { TypedRelations } from '@/lib/explorer/typed-relations'
import { viewHref } from '@/lib/explorer/url-state'
import { RelationSentence } from './RelationSentence'

/** A node in a sentence on a static page: a term links to its page, a concept to its members in the explorer. */
function Name({ node, text }: { node: GNode | undefined; text: string }) {
  if (node?.kind === 'term') return <Link href={`/term/${node.slug}/`}>{text}</Link>
  if (node?.kind === 'concept') return <a href={viewHref({ concepts: [node.slug] })}>{text}</a>
  return <strong>{text}</strong>
}

/** "What it is and how it relates" on a term page: the genus and typed relations as sentences, with evidence. */
export function TermTypedRelations({
  termId,
  label,
  typed,
  m,
}: {
  termId: string
  label: string
  typed: TypedRelations
  m: Messages
}) {
  const links = [...typed.outgoing, ...typed.incoming]
  if (!typed.genus && links.length === 0) return null
  const self = <strong>{label}</strong>
  return (
    <section className="typed-relations" aria-labelledby="typed-h">
      <h2 id="typed-h">{m.relation.heading}</h2>
      <ul className="relations">
        {typed.genus && (
          <li data-relation="genus">
            <RelationSentence
              parts={m.relation.genus}
              subject={self}
              object={<Name node={typed.genus.target} text={typed.genus.text} />}
            />
          </li>
        )}
        {links.map((r) => (
          <li key={`${r.subject.id}>${r.object.id}`} data-relation={r.relation}>
            <RelationSentence
              parts={m.relation.sentence[r.relation]}
              subject={r.subject.id === termId ? self : <Name node={r.subject} text={r.subject.label} />}
              object={r.object.id === termId ? self : <Name node={r.object} text={r.object.label} />}
            />
            {r.evidence && <q className="evidence">{r.evidence}</q>}
          </li>
        ))}
      </ul>
    </section>
  )
}
