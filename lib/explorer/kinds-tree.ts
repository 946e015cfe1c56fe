/**
 * The glossary as an outline of kinds (`/?view=tree`): each genus with the terms that are kinds of
 * it, nested where a term is itself a kind of another term (注意力机制 → MQA → Grouped query
 * attention, when GQA builds on MQA); terms whose kind the glossary does not say are listed apart.
 *
 * A term's parent is the term it is-a, else the term it builds on, else the term its genus names;
 * a term without one sits under its genus, grouped by the node the genus names (注意力机制 and
 * 注意力 are one group when both name the 注意力 concept) or else by the genus as written.
 */
import { type Lookup, type TermNode, byLabel, outEdges } from './lookup'

export interface KindItem {
  /** Stable id: `term:<node key>` or `kind:<group key>`. */
  id: string
  label: string
  /** The term, for term items; a kind (genus group) has none. */
  term?: TermNode
  children: KindItem[]
}

export interface KindsTree {
  /** Kinds, and terms that have kinds under them but no kind of their own. */
  roots: KindItem[]
  /** Terms with no kind and nothing under them. */
  loose: TermNode[]
}

/** How genus texts are grouped when they name no node: case, spaces and hyphens do not count. */
const fold = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_-]+/g, '')

/** The term a term sits under (is-a, then based-on, then its genus's term), among `terms`. */
function parentOf(l: Lookup, t: TermNode, inView: ReadonlySet<string>): string | undefined {
  const out = outEdges(l, t.id)
  for (const relation of ['is-a', 'based-on'] as const) {
    const e = out.find((x) => x.relation === relation && inView.has(x.target) && x.target !== t.id)
    if (e) return e.target
  }
  const g = t.genusTarget
  return g && g !== t.id && inView.has(g) && l.nodes.get(g)?.kind === 'term' ? g : undefined
}

const itemOf = (t: TermNode): KindItem => ({ id: `term:${t.id}`, label: t.label, term: t, children: [] })
const sortItems = (items: KindItem[]): KindItem[] => {
  for (const i of items) sortItems(i.children)
  return items.sort((a, b) => Number(!a.term) - Number(!b.term) || byLabel(a, b))
}

/** The kinds outline of the terms among `ids` (other ids are ignored). */
export function kindsTree(l: Lookup, ids: Iterable<string>): KindsTree {
  const terms = [...ids].flatMap((id) => {
    const n = l.nodes.get(id)
    return n?.kind === 'term' ? [n] : []
  })
  const inView = new Set(terms.map((t) => t.id))
  const parents = new Map<string, string>()
  // In label order, so which edge of a cycle is dropped never depends on file order.
  for (const t of [...terms].sort(byLabel)) {
    const p = parentOf(l, t, inView)
    if (!p) continue
    // A parent chain that comes back to the term would make a loop: that link is left out.
    let up: string | undefined = p
    while (up !== undefined && up !== t.id) up = parents.get(up)
    if (up === undefined) parents.set(t.id, p)
  }
  const items = new Map(terms.map((t) => [t.id, itemOf(t)]))
  const groups = new Map<string, { item: KindItem; spellings: Map<string, number> }>()
  const loose: TermNode[] = []
  for (const t of terms) {
    const item = items.get(t.id)
    if (!item) continue
    const parent = parents.get(t.id)
    if (parent) {
      items.get(parent)?.children.push(item)
      continue
    }
    if (!t.genus) continue
    const target = t.genusTarget ? l.nodes.get(t.genusTarget) : undefined
    const key = target?.kind === 'concept' ? target.id : fold(t.genus)
    const kind: KindItem = { id: `kind:${key}`, label: t.genus, children: [] }
    const group = groups.get(key) ?? { item: kind, spellings: new Map<string, number>() }
    group.spellings.set(t.genus, (group.spellings.get(t.genus) ?? 0) + 1)
    group.item.children.push(item)
    groups.set(key, group)
  }
  // A group is named the way its terms write it most often (ties: the shorter, then label order).
  for (const g of groups.values()) {
    const [best] = [...g.spellings].sort(
      (a, b) => b[1] - a[1] || a[0].length - b[0].length || a[0].localeCompare(b[0], 'zh-CN'),
    )
    if (best) g.item.label = best[0]
  }
  const roots: KindItem[] = [...groups.values()].map((g) => g.item)
  for (const t of terms) {
    if (parents.has(t.id) || t.genus) continue
    const item = items.get(t.id)
    if (item && item.children.length > 0) roots.push(item)
    else loose.push(t)
  }
  const size = (i: KindItem): number => i.children.reduce((n, c) => n + 1 + size(c), 0)
  sortItems(roots)
  roots.sort((a, b) => size(b) - size(a) || byLabel(a, b))
  return { roots, loose: loose.sort(byLabel) }
}

/** Every item of the tree, depth first, with its level (1 for roots): the order arrow keys walk. */
export function flatten(
  items: readonly KindItem[],
  open: ReadonlySet<string>,
  level = 1,
): Array<{ item: KindItem; level: number }> {
  return items.flatMap((item) => [
    { item, level },
    ...(open.has(item.id) ? flatten(item.children, open, level + 1) : []),
  ])
}
