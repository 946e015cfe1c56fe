import Link from 'next/link'
import type { Related, TermRelations } from '@/lib/relations'
import { viewHref } from '@/lib/url-state'

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
            <Group key={c.concept.id} title={`同属「${c.concept.label}」`} items={c.others} />
          ))}
        </>
      )}
    </section>
  )
}

function Group({ title, items }: { title: string; items: Related[] }) {
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
    </>
  )
}
