'use client'
import { useEffect, useMemo, useRef, type ReactNode } from 'react'
import { compareTerms } from '@/lib/explorer/compare'
import type { GNode } from '@/lib/explorer/lookup'
import { RelationSentence } from '@/app/_components/RelationSentence'
import { useExplorer } from '../explorer-context'
import { useMessages } from '../messages-context'
import { TermLink } from '../hover-card/TermLink'

/** A node named in a cell: a term links to its panel; a concept is plain text. */
function Name({ node, text }: { node: GNode | undefined; text: string }) {
  return node?.kind === 'term' ? <TermLink slug={node.slug}>{text}</TermLink> : <span>{text}</span>
}

/**
 * The comparison (`/?compare=a,b[,c,d]`): a table with one column per term (the column headers
 * are the terms) and a row per aspect: names, what it is, definition, concepts, what it builds on,
 * and the relations among the compared terms.
 */
export function CompareView() {
  const { lookup, state, update } = useExplorer()
  const m = useMessages()
  const comparison = useMemo(() => compareTerms(lookup, state.compare), [lookup, state.compare])
  const heading = useRef<HTMLHeadingElement>(null)
  const key = state.compare.join()
  useEffect(() => {
    heading.current?.focus({ preventScroll: true })
  }, [key])
  const { columns, between } = comparison
  const none = <span className="muted">{m.compare.none}</span>
  const row = (label: string, cell: (i: number) => ReactNode) => (
    <tr>
      <th scope="row">{label}</th>
      {columns.map((c, i) => (
        <td key={c.term.id}>{cell(i)}</td>
      ))}
    </tr>
  )
  return (
    <section className="compare-view" aria-labelledby="compare-h">
      <header className="compare-head">
        <h2 id="compare-h" ref={heading} tabIndex={-1}>
          {m.compare.heading(columns.map((c) => c.term.label).join(m.compare.join))}
        </h2>
        <button type="button" className="button" onClick={() => update({ compare: [] }, 'push')}>
          {m.compare.close}
        </button>
      </header>
      <div className="compare-scroll">
        <table className="compare-table">
          <caption className="visually-hidden">{m.compare.caption}</caption>
          <thead>
            <tr>
              <td>{m.compare.aspect}</td>
              {columns.map((c) => (
                <th key={c.term.id} scope="col">
                  <TermLink slug={c.term.slug}>{c.term.label}</TermLink>
                  {columns.length > 2 && (
                    <button
                      type="button"
                      className="icon-button compare-remove"
                      aria-label={m.compare.remove(c.term.label)}
                      onClick={() =>
                        update({ compare: state.compare.filter((s) => s !== c.term.slug) }, 'push')
                      }
                    >
                      ×
                    </button>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {row(m.compare.names, (i) => columns[i]?.names.join(m.compare.join) || none)}
            {row(m.compare.genus, (i) => {
              const g = columns[i]?.genus
              return g ? <Name node={g.target} text={g.text} /> : none
            })}
            {row(m.compare.definition, (i) => columns[i]?.term.definition || none)}
            {row(
              m.compare.concepts,
              (i) => columns[i]?.concepts.map((c) => c.label).join(m.compare.join) || none,
            )}
            {row(m.compare.buildsOn, (i) => {
              const list = columns[i]?.buildsOn ?? []
              return list.length === 0 ? (
                none
              ) : (
                <ul className="plain">
                  {list.map((b) => (
                    <li key={b.term.id}>
                      {m.relation.short[b.relation]} <Name node={b.term} text={b.term.label} />
                    </li>
                  ))}
                </ul>
              )
            })}
            {row(m.compare.relations, (i) => {
              const own = between.filter((b) => b.subject.id === columns[i]?.term.id)
              return own.length === 0 ? (
                none
              ) : (
                <ul className="plain">
                  {own.map((b) => (
                    <li key={b.object.id}>
                      {b.relation === 'mention' ? (
                        <RelationSentence
                          parts={['', ` ${m.path.mentions} `, '']}
                          subject={<strong>{b.subject.label}</strong>}
                          object={<Name node={b.object} text={b.object.label} />}
                        />
                      ) : (
                        <RelationSentence
                          parts={m.relation.sentence[b.relation]}
                          subject={<strong>{b.subject.label}</strong>}
                          object={<Name node={b.object} text={b.object.label} />}
                        />
                      )}
                      {b.evidence && <q className="evidence">{b.evidence}</q>}
                    </li>
                  ))}
                </ul>
              )
            })}
          </tbody>
        </table>
      </div>
    </section>
  )
}
