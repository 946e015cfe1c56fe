import Link from 'next/link'
import type { Related, TermRelations } from '@/lib/explorer/relations'
import { viewHref } from '@/lib/explorer/url-state'

/**
 * Members of a big concept are listed up to this many; the rest are one click away in the
 * explorer. Without a cap a term page of a 5,000-term glossary carried hundreds of siblings.
 */
const SIBLINGS_SHOWN = 12

/** Relations of a term on its static page: plain links to other term pages, with evidence. */
export function TermRelationsList({ relations }: { relations: TermRelations }) {
  const { mentions, mentionedBy, concepts } = relations
  if (mentions.length + mentionedBy.length + concepts.length === 0) {
    return <p className="muted">词表中暂时没有与它相关的术语。</p>
  }
  return (
    <section aria-labelledby="rel-h">
      <h2 id="rel-h">相关术语</h2>
      <Group title="它提到的术语" items={mentions} />
      <Group title="提到它的术语" items={mentionedBy} />
      {concepts.length > 0 && (
        <>
          <h3>所属概念</h3>
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
              title={`同属「${c.concept.label}」`}
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

function Group({ title, items, more }: { title: string; items: Related[]; more?: More }) {
  if (items.length === 0) return null
  return (
    <>
      <h3>{title}</h3>
      <ul className="relations">
        {items.map((r) => (
          <li key={r.term.id}>
            <Link href={`/term/${r.term.slug}/`}>{r.term.label}</Link>
            {r.term.gloss && <span className="muted">（{r.term.gloss}）</span>}
            {r.evidence && <q className="evidence">{r.evidence}</q>}
          </li>
        ))}
      </ul>
      {more && (
        <p>
          <a href={more.href}>还有 {more.count} 个，在术语图谱中查看全部</a>
        </p>
      )}
    </>
  )
}
