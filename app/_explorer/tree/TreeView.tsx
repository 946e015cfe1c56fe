'use client'
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { flatten, kindsTree, type KindItem } from '@/lib/explorer/kinds-tree'
import type { InView } from '@/lib/explorer/view'
import { useExplorer } from '../explorer-context'
import { useMessages } from '../messages-context'
import { useKnown } from '../learn/use-known'

/** Above this many terms the kinds start closed, so the tree is not thousands of rows at once. */
const OPEN_BELOW = 300

const LOOSE = 'kind:(none)'

/** Ids of the items above `id` in the tree, outermost first; empty when it is a root or absent. */
function ancestorsOf(items: readonly KindItem[], id: string): string[] {
  for (const item of items) {
    if (item.id === id) return []
    const below = ancestorsOf(item.children, id)
    if (below.length > 0 || item.children.some((c) => c.id === id)) return [item.id, ...below]
  }
  return []
}

/**
 * The kinds view (`/?view=tree`): the terms in view as an outline of kinds, a WAI-ARIA tree.
 * One item is in the tab order at a time; arrows move, Right opens or enters, Left closes or goes
 * up, Home/End jump, Enter or Space opens a term's panel (or opens/closes a kind).
 */
export function TreeView({ inView }: { inView: InView }) {
  const { lookup, selection } = useExplorer()
  const m = useMessages()
  const { known } = useKnown(lookup)
  const tree = useMemo(() => kindsTree(lookup, inView.nodes), [lookup, inView])
  const roots = useMemo<KindItem[]>(() => {
    if (tree.loose.length === 0) return tree.roots
    const loose: KindItem = {
      id: LOOSE,
      label: m.tree.noKind,
      children: tree.loose.map((t) => ({ id: `term:${t.id}`, label: t.label, term: t, children: [] })),
    }
    return [...tree.roots, loose]
  }, [tree, m])
  const termCount =
    tree.loose.length +
    tree.roots.reduce(function count(n: number, i: KindItem): number {
      return i.children.reduce(count, n + (i.term ? 1 : 0))
    }, 0)
  const [open, setOpen] = useState<Set<string>>(
    () => new Set(termCount < OPEN_BELOW ? tree.roots.map((r) => r.id) : []),
  )
  // The selected term is shown where it sits: every item above it opens.
  const selectedId = selection.selectedId
  useEffect(() => {
    if (!selectedId) return
    const above = ancestorsOf(roots, `term:${selectedId}`)
    if (above.length > 0) setOpen((o) => (above.every((id) => o.has(id)) ? o : new Set([...o, ...above])))
  }, [roots, selectedId])
  const visible = useMemo(() => flatten(roots, open), [roots, open])
  const [active, setActive] = useState<string | undefined>(undefined)
  const activeId = visible.some((v) => v.item.id === active) ? active : visible[0]?.item.id
  const list = useRef<HTMLUListElement>(null)

  const focus = (id: string | undefined) => {
    if (!id) return
    setActive(id)
    requestAnimationFrame(() =>
      list.current?.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`)?.focus(),
    )
  }
  const setOpenTo = (id: string, to: boolean) =>
    setOpen((o) => {
      const next = new Set(o)
      if (to) next.add(id)
      else next.delete(id)
      return next
    })
  const activate = (item: KindItem) => {
    if (item.term) selection.selectTerm(item.term.slug)
    else setOpenTo(item.id, !open.has(item.id))
  }
  const parentOf = (id: string): string | undefined => {
    const at = visible.findIndex((v) => v.item.id === id)
    const level = visible[at]?.level ?? 1
    for (let i = at - 1; i >= 0; i--) if ((visible[i]?.level ?? 0) < level) return visible[i]?.item.id
    return undefined
  }

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const at = visible.findIndex((v) => v.item.id === activeId)
    const here = visible[at]
    if (!here) return
    const { item } = here
    const hasChildren = item.children.length > 0
    const keys: Record<string, () => void> = {
      ArrowDown: () => focus(visible[Math.min(at + 1, visible.length - 1)]?.item.id),
      ArrowUp: () => focus(visible[Math.max(at - 1, 0)]?.item.id),
      Home: () => focus(visible[0]?.item.id),
      End: () => focus(visible.at(-1)?.item.id),
      ArrowRight: () => {
        if (hasChildren && !open.has(item.id)) setOpenTo(item.id, true)
        else if (hasChildren) focus(item.children[0]?.id)
      },
      ArrowLeft: () => {
        if (hasChildren && open.has(item.id)) setOpenTo(item.id, false)
        else focus(parentOf(item.id))
      },
      Enter: () => activate(item),
      ' ': () => activate(item),
    }
    const act = Object.hasOwn(keys, e.key) ? keys[e.key] : undefined
    if (!act) return
    e.preventDefault()
    act()
  }

  const prefix = useId()
  const render = (items: readonly KindItem[], level: number, path: string) =>
    items.map((item, i) => {
      // Named by its own label only: the items under it are not part of its name.
      const labelId = `${prefix}${path}-${i}`
      const expanded = item.children.length > 0 ? open.has(item.id) : undefined
      const selected = item.term !== undefined ? item.term.id === selection.selectedId : undefined
      const isKnown = item.term !== undefined && known.has(item.term.slug)
      return (
        <li
          key={item.id}
          role="treeitem"
          aria-labelledby={labelId}
          data-id={item.id}
          aria-level={level}
          aria-setsize={items.length}
          aria-posinset={i + 1}
          aria-expanded={expanded}
          aria-selected={selected}
          tabIndex={item.id === activeId ? 0 : -1}
          className={item.term ? 'tree-term' : 'tree-kind'}
          onClick={(e) => {
            e.stopPropagation()
            setActive(item.id)
            activate(item)
          }}
        >
          <span className="tree-label" id={labelId}>
            {expanded !== undefined && (
              <span className="tree-twisty" aria-hidden="true">
                {expanded ? '▾' : '▸'}
              </span>
            )}
            {isKnown && <span aria-hidden="true">✓ </span>}
            {item.label}
            {item.term?.gloss && item.term.gloss !== item.label && (
              <span className="muted"> {item.term.gloss}</span>
            )}
            {!item.term && <span className="muted tree-count">{m.tree.count(item.children.length)}</span>}
          </span>
          {expanded && <ul role="group">{render(item.children, level + 1, `${path}-${i}`)}</ul>}
        </li>
      )
    })

  return (
    <section className="tree-view" aria-labelledby="tree-h">
      <h2 id="tree-h">{m.tree.heading}</h2>
      <p className="hint">{m.tree.hint}</p>
      {roots.length === 0 ? (
        <p className="muted">{m.tree.empty}</p>
      ) : (
        <ul ref={list} role="tree" aria-label={m.tree.label} onKeyDown={onKeyDown}>
          {render(roots, 1, '')}
        </ul>
      )}
    </section>
  )
}
