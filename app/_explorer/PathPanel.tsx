'use client'
import { useEffect, useMemo, useRef } from 'react'
import type { GNode } from '@/lib/explorer/lookup'
import type { PathStep } from '@/lib/explorer/paths'
import { useExplorer } from './explorer-context'
import { loadGraphAlgorithms, useLazy } from './use-lazy'
import { TermLink } from './TermLink'
import { CopyLink } from './CopyLink'
import { keepsFocus } from './TermPanel'

/** How a step reads: "—提到→" when the left term mentions the right one, "←提到—" the other way. */
function relationWord(step: PathStep): string {
  const word = step.edge.kind === 'mention' ? '提到' : '属于'
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
  return (
    <ol className="path-chain">
      {steps.map((s) => (
        <li key={s.edge.id}>
          <span className="path-step">
            <NodeRef node={lookup.nodes.get(s.from)} /> <span className="path-rel">{relationWord(s)}</span>{' '}
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
        <p className="kind">关系</p>
        <h2 id="panel-title" ref={heading} tabIndex={-1}>
          {a.label} 与 {b.label}
        </h2>
      </header>
      {!result && <p className="muted">正在查找路径…</p>}
      {first && (
        <section className="related" aria-labelledby="path-h">
          <h3 id="path-h">最短路径：{first.length} 步</h3>
          <Chain steps={first} />
        </section>
      )}
      {others.length > 0 && (
        <section className="related" aria-labelledby="path-alt-h">
          <h3 id="path-alt-h">
            同样长度的其他路径 <span className="muted">{others.length}</span>
          </h3>
          {others.map((steps) => (
            <Chain key={steps.map((s) => s.edge.id).join()} steps={steps} />
          ))}
        </section>
      )}
      {result && !first && (
        <p className="hint-box" role="status">
          {a.id === b.id
            ? '起点和终点是同一个术语。'
            : `词表中「${a.label}」与「${b.label}」之间没有路径：` +
              `「${a.label}」在以「${groupName(result.groups.from.center)}」为中心的一组（${result.groups.from.size} 个节点），` +
              `「${b.label}」在以「${groupName(result.groups.to.center)}」为中心的一组（${result.groups.to.size} 个节点）。`}
        </p>
      )}
      <div className="actions">
        <button type="button" className="button" onClick={() => update({ from: to, to: from }, 'push')}>
          交换起点和终点
        </button>
        <CopyLink />
      </div>
    </article>
  )
}
