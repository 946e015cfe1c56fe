import type { Messages } from '@/lib/explorer/i18n/messages'
import Link from 'next/link'
import type { Related, TermRelations } from '@/lib/explorer/relations'
import { viewHref } from '@/lib/explorer/url-state'

/**
 * Members of a big concept are listed up to this many; the rest are one click away in the
 * explorer. Without a cap a term page of a 5,000-term glossary carried hundreds of siblings.
 */
const SIBLINGS_SHOWN = 12

/** Relations of a term on its static page: plain links to other term pages, with evidence. */
export function TermRelationsList({ relations, m }: { relations: TermRelations; m: Messages }) {
  const { mentions, mentionedBy, concepts } = relations
  if (mentions.length + mentionedBy.length + concepts.length === 0) {
    return <p className="muted">{m.panel.noRelated}</p>
  }
  return (
    <section aria-labelledby="rel-h">
      <h2 id="rel-h">{m.termPage.related}</h2>
      <Group title={m.panel.mentions} items={mentions} m={m} />
      <Group title={m.panel.mentionedBy} items={mentionedBy} m={m} />
      {concepts.length > 0 && (
        <>
          <h3>{m.concept.heading}</h3>
          <ul className="chips">
            {concepts.map((c) => (
              <li key={c.concept.id}>
                <a className="chip" href={viewHref({ concepts: [c.concept.slug] })}>
                  {c.concept.label}
                </a>
              </li>
            ))}
          </ul>
          {concepts.map((c) => (
            <Group
              key={c.concept.id}
              title={m.panel.sameConcept(c.concept.label)}
              m={m}
              items={c.others.slice(0, SIBLINGS_SHOWN)}
              more={
                c.others.length > SIBLINGS_SHOWN
                  ? {
                      count: c.others.length - SIBLINGS_SHOWN,
                      href: viewHref({ concepts: [c.concept.slug] }),
                    }
                  : undefined
              }
            />
          ))}
        </>
      )}
    </section>
  )
}

interface More {
  count: number
  href: string
}

function Group({ title, items, more, m }: { title: string; items: Related[]; more?: More; m: Messages }) {
  if (items.length === 0) return null
  return (
    <>
      <h3>{title}</h3>
      <ul className="relations">
        {items.map((r) => (
          <li key={r.term.id}>
            <Link href={`/term/${r.term.slug}/`}>{r.term.label}</Link>
            {r.term.gloss && <span className="muted">{m.panel.gloss(r.term.gloss)}</span>}
            {r.evidence && <q className="evidence">{r.evidence}</q>}
          </li>
        ))}
      </ul>
      {more && (
        <p>
          <a href={more.href}>{m.termPage.relatedMore(more.count)}</a>
        </p>
      )}
    </>
  )
}
