'use client'
import { useMessages } from '../messages-context'
import { useEffect, useMemo, useRef } from 'react'
import type { TermNode } from '@/lib/explorer/lookup'
import { relationsOf } from '@/lib/explorer/relations'
import { Definition } from '@/app/_components/Definition'
import { useExplorer } from '../explorer-context'
import { RelatedList } from './RelatedList'
import { CopyLink } from './CopyLink'
import { ConceptChips } from './ConceptChips'
import { TermLink } from '../hover-card/TermLink'
import { RelationPicker } from './RelationPicker'
import { ReadingOrder } from '@/app/_components/ReadingOrder'
import { loadGraphAlgorithms, useLazy } from '../use-lazy'
import { withBasePath } from '@/lib/explorer/site-url'
import { TypedRelations } from './TypedRelations'
import { Confusables } from './Confusables'
import { KnownToggle, Progress } from '../learn/KnownToggle'

/** Typing in a box, or travelling the canvas or the kinds tree by keyboard, keeps focus where it is. */
export const keepsFocus = (el: Element | null) =>
  el instanceof HTMLInputElement || Boolean(el?.closest('[role="application"], [role="tree"]'))

interface Props {
  term: TermNode
  /** Whether the term is drawn under the current filters. */
  inView: boolean
}

/** Everything about one term: names, definition, concepts and related terms with evidence. */
export function TermPanel({ term, inView }: Props) {
  const { lookup, state, update, complete } = useExplorer()
  const m = useMessages()
  const algo = useLazy(loadGraphAlgorithms)
  const prerequisites = useMemo(() => algo?.prerequisitesOf(lookup, term.id) ?? [], [algo, lookup, term.id])
  const rel = useMemo(() => relationsOf(lookup, term.id), [lookup, term.id])
  const heading = useRef<HTMLHeadingElement>(null)
  // Keyboard and screen-reader users land on the new term.
  useEffect(() => {
    if (!keepsFocus(document.activeElement)) heading.current?.focus({ preventScroll: true })
  }, [])
  const focused = state.focus === term.slug
  return (
    <article className="term-panel" aria-labelledby="panel-title">
      <header>
        <p className="kind">{m.panel.term}</p>
        <h2 id="panel-title" ref={heading} tabIndex={-1}>
          {term.label}
        </h2>
        {term.expansion && (
          <p className="expansion" lang="en">
            {term.expansion}
          </p>
        )}
        {term.gloss && <p className="gloss">{term.gloss}</p>}
      </header>
      <Definition
        // Big glossaries draw before their definitions arrive: say they are coming, not missing.
        emptyText={complete ? m.termPage.noDefinition : m.loading.definition}
        text={term.definition}
        className="definition"
        mentions={term.mentions}
        renderTerm={(target, text, key) => {
          const other = lookup.nodes.get(target)
          return other?.kind === 'term' ? (
            <TermLink key={key} className="mention" slug={other.slug}>
              {text}
            </TermLink>
          ) : (
            <span key={key}>{text}</span>
          )
        }}
      />
      <TypedRelations term={term} />
      {!inView && (
        <p className="hint-box">
          {m.panel.hiddenByFilters}
          <button
            type="button"
            className="link-button"
            onClick={() =>
              update({ focus: term.slug, concepts: [], kinds: ['mention', 'concept'], hideIsolated: false })
            }
          >
            {m.panel.showNeighbourhood}
          </button>
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          className="button"
          aria-pressed={focused}
          onClick={() => update({ focus: focused ? undefined : term.slug })}
        >
          {focused ? m.panel.unfocus : m.panel.focus}
        </button>
        <a className="button" href={withBasePath(`/term/${term.slug}/`)}>
          {m.panel.termPage}
        </a>
        <RelationPicker term={term} />
        <CopyLink />
      </div>
      <div className="learn-row">
        <KnownToggle term={term} />
        <Progress />
      </div>
      <ReadingOrder
        m={m}
        headingId="panel-reading-h"
        groups={prerequisites}
        renderTerm={(t) => <TermLink slug={t.slug}>{t.label}</TermLink>}
      />
      {rel.concepts.length > 0 && <ConceptChips groups={rel.concepts} />}
      <Confusables term={term} />
      <RelatedList title={m.panel.mentions} items={rel.mentions} />
      <RelatedList title={m.panel.mentionedBy} items={rel.mentionedBy} />
      {rel.concepts.map((g) => (
        <RelatedList key={g.concept.id} title={m.panel.sameConcept(g.concept.label)} items={g.others} />
      ))}
      {rel.mentions.length + rel.mentionedBy.length + rel.concepts.length === 0 && (
        <p className="muted">{m.panel.noRelated}</p>
      )}
    </article>
  )
}
