'use client'
import { useMessages } from '../messages-context'
import { useEffect, useMemo, useRef } from 'react'
import type { GNode } from '@/lib/explorer/lookup'
import type { PathStep } from '@/lib/explorer/paths'
import { useExplorer } from '../explorer-context'
import type { Messages } from '@/lib/explorer/i18n/messages'
import { loadGraphAlgorithms, useLazy } from '../use-lazy'
import { TermLink } from '../hover-card/TermLink'
import { CopyLink } from './CopyLink'
import { keepsFocus } from './TermPanel'

/**
 * How a step reads: "—提到→" when the left term mentions the right one, "←提到—" the other way;
 * a typed step names its relation ("—基于→", "←是一种—").
 */
function relationWord(step: PathStep, m: Messages): string {
  const { relation } = step.edge
  const word = relation
    ? m.relation.short[relation]
    : step.edge.kind === 'mention'
      ? m.path.mentions
      : m.path.belongs
  return step.forward ? `—${word}→` : `←${word}—`
}

/** A node in a path: terms link to their panel, concepts to theirs. */
function NodeRef({ node }: { node: GNode | undefined }) {
  const { selection } = useExplorer()
  if (!node) return null
  if (node.kind === 'term') return <TermLink slug={node.slug}>{node.label}</TermLink>
  return (
    <button
      type="button"
      className="link-button concept-ref"
      onClick={() => selection.selectConcept(node.slug)}
    >
      {node.label}
    </button>
  )
}

/** One path as a chain of steps, each with the text that justifies it. */
function Chain({ steps }: { steps: PathStep[] }) {
  const { lookup } = useExplorer()
  const m = useMessages()
  return (
    <ol className="path-chain">
      {steps.map((s) => (
        <li key={s.edge.id}>
          <span className="path-step">
            <NodeRef node={lookup.nodes.get(s.from)} />{' '}
            <span className="path-rel" data-relation={s.edge.relation ?? s.edge.kind}>
              {relationWord(s, m)}
            </span>{' '}
            <NodeRef node={lookup.nodes.get(s.to)} />
          </span>
          {s.edge.evidence && <q className="evidence">{s.edge.evidence}</q>}
        </li>
      ))}
    </ol>
  )
}

/** "How are A and B related?": the shortest path(s) between the URL's `from` and `to`, with evidence. */
export function PathPanel({ from, to }: { from: string; to: string }) {
  const { lookup, update } = useExplorer()
  const m = useMessages()
  const algo = useLazy(loadGraphAlgorithms)
  const a = lookup.terms.get(from)
  const b = lookup.terms.get(to)
  const result = useMemo(
    () => (algo && a && b ? algo.shortestPaths(lookup, a.id, b.id) : undefined),
    [algo, lookup, a, b],
  )
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (!keepsFocus(document.activeElement)) heading.current?.focus({ preventScroll: true })
  }, [])
  if (!a || !b) return null
  const [first, ...others] = result?.paths ?? []
  const groupName = (id: string) => lookup.nodes.get(id)?.label ?? id
  return (
    <article className="term-panel path-panel" aria-labelledby="panel-title">
      <header>
        <p className="kind">{m.path.kind}</p>
        <h2 id="panel-title" ref={heading} tabIndex={-1}>
          {m.path.between(a.label, b.label)}
        </h2>
      </header>
      {!result && <p className="muted">{m.path.searching}</p>}
      {first && (
        <section className="related" aria-labelledby="path-h">
          <h3 id="path-h">{m.path.shortest(first.length)}</h3>
          <Chain steps={first} />
        </section>
      )}
      {others.length > 0 && (
        <section className="related" aria-labelledby="path-alt-h">
          <h3 id="path-alt-h">
            {m.path.others} <span className="muted">{others.length}</span>
          </h3>
          {others.map((steps) => (
            <Chain key={steps.map((s) => s.edge.id).join()} steps={steps} />
          ))}
        </section>
      )}
      {result && !first && (
        <p className="hint-box" role="status">
          {a.id === b.id
            ? m.path.same
            : m.path.none(
                a.label,
                b.label,
                groupName(result.groups.from.center),
                result.groups.from.size,
                groupName(result.groups.to.center),
                result.groups.to.size,
              )}
        </p>
      )}
      <div className="actions">
        <button type="button" className="button" onClick={() => update({ from: to, to: from }, 'push')}>
          {m.path.swap}
        </button>
        <CopyLink />
      </div>
    </article>
  )
}
