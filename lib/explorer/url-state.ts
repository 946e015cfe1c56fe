/**
 * The explorer's view state and its URL codec. The URL is the only source of view state:
 * controls call `serializeViewState` and the page renders `parseViewState(url)`. Pure and total:
 * any input parses without throwing; bad values are dropped and reported as problems.
 */
import type { EdgeKind } from '../format/types'
import { withBasePath } from './site-url'
import { isLang, type Lang, type Messages } from './i18n/messages'

export interface ViewState {
  /** Selected term slug (panel open). */
  term?: string
  /** Selected concept slug (concept panel open) when no term is selected. */
  concept?: string
  /** Term slug whose neighbourhood is shown. */
  focus?: string
  depth: 1 | 2 | 3
  /** Term slugs at the two ends of a "how are they related" path; both or neither. */
  from?: string
  to?: string
  /** Legend group (community number) to filter by. */
  group?: number
  /** Concept slugs to filter by (union). */
  concepts: string[]
  q: string
  kinds: EdgeKind[]
  hideIsolated: boolean
  /** What the main area shows: the canvas, the accessible list, the kinds tree or the self-test. */
  view: ViewMode
  /** How the list orders its terms. */
  order: ListOrder
  /** Term slugs compared side by side (2–4); empty when there is no comparison. */
  compare: string[]
  /** How the canvas lays the graph out: the build's picture, or kinds drawn top-down (is-a, based-on). */
  layout: CanvasLayout
  /** UI language the reader chose; absent = the glossary's language. */
  lang?: Lang
}

export const VIEW_MODES = ['graph', 'list', 'tree', 'quiz'] as const
export type ViewMode = (typeof VIEW_MODES)[number]
const isViewMode = (s: string): s is ViewMode => (VIEW_MODES as readonly string[]).includes(s)

export const CANVAS_LAYOUTS = ['map', 'kinds'] as const
type CanvasLayout = (typeof CANVAS_LAYOUTS)[number]
const isCanvasLayout = (s: string): s is CanvasLayout => (CANVAS_LAYOUTS as readonly string[]).includes(s)

/** How many terms a comparison holds at most (and at least two). */
export const MAX_COMPARE = 4

export const LIST_ORDERS = ['name', 'importance', 'learning'] as const
type ListOrder = (typeof LIST_ORDERS)[number]
const isListOrder = (s: string): s is ListOrder => (LIST_ORDERS as readonly string[]).includes(s)

/** One ignored URL value, with a message naming it for the visible notice (in the UI's language). */
export interface Problem {
  param: string
  value: string
  message: (m: Messages) => string
}

export const PARAMS = [
  'term',
  'concept',
  'focus',
  'depth',
  'concepts',
  'q',
  'kinds',
  'isolated',
  'view',
  'from',
  'to',
  'group',
  'order',
  'lang',
  'compare',
  'layout',
] as const
export type Param = (typeof PARAMS)[number]
export type RawParams = Partial<Record<Param, string | null>>

const ALL_KINDS: EdgeKind[] = ['mention', 'concept']
export const DEFAULT_STATE: ViewState = {
  depth: 1,
  concepts: [],
  q: '',
  kinds: ALL_KINDS,
  hideIsolated: false,
  view: 'graph',
  order: 'name',
  compare: [],
  layout: 'map',
}

/** Patch that clears every filter but keeps the selection, the search text and the list/graph choice. */
export const CLEAR_FILTERS: Partial<ViewState> = {
  concepts: [],
  group: undefined,
  focus: undefined,
  depth: 1,
  kinds: ALL_KINDS,
  hideIsolated: false,
}

const MAX_LEN = 200
const isKind = (s: string): s is EdgeKind => s === 'mention' || s === 'concept'
const list = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x.length > 0)
const quote = (v: string) => `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`
const DEPTHS = { '1': 1, '2': 2, '3': 3 } as const
const isDepth = (s: string): s is keyof typeof DEPTHS => s in DEPTHS && Object.hasOwn(DEPTHS, s)

/** Parses raw URL values (missing = default). Never throws. */
export function parseViewState(raw: RawParams): { state: ViewState; problems: Problem[] } {
  const problems: Problem[] = []
  const bad = (param: Param, value: string, message: Problem['message']) =>
    problems.push({ param, value, message })
  const state: ViewState = { ...DEFAULT_STATE, kinds: [...ALL_KINDS], concepts: [], compare: [] }
  const name = (param: 'term' | 'concept' | 'focus' | 'from' | 'to') => {
    const v = raw[param]?.trim()
    if (!v) return undefined
    if (v.length > MAX_LEN) return void bad(param, v, (m) => m.problems.tooLong(m.params[param], quote(v)))
    return v
  }
  const term = name('term')
  if (term !== undefined) state.term = term
  const concept = name('concept')
  // One panel at a time: a selected term wins over a selected concept.
  if (concept !== undefined && term === undefined) state.concept = concept
  const focus = name('focus')
  if (focus !== undefined) state.focus = focus
  const from = name('from')
  const to = name('to')
  if (from !== undefined && to !== undefined) Object.assign(state, { from, to })
  else if (from !== undefined) bad('from', from, (m) => m.problems.missingTo(quote(from)))
  else if (to !== undefined) bad('to', to, (m) => m.problems.missingFrom(quote(to)))
  const group = raw.group?.trim()
  if (group) {
    if (/^\d{1,6}$/.test(group)) state.group = Number(group)
    else bad('group', group, (m) => m.problems.badGroup(quote(group)))
  }
  const depth = raw.depth?.trim()
  if (depth) {
    if (isDepth(depth)) state.depth = DEPTHS[depth]
    else bad('depth', depth, (m) => m.problems.badDepth(quote(depth)))
  }
  if (raw.concepts) state.concepts = [...new Set(list(raw.concepts))].filter((c) => c.length <= MAX_LEN)
  if (raw.q) state.q = raw.q.slice(0, MAX_LEN)
  if (raw.kinds != null) {
    const given = list(raw.kinds)
    for (const k of given) if (!isKind(k)) bad('kinds', k, (m) => m.problems.badKind(quote(k)))
    const ok = ALL_KINDS.filter((k) => given.includes(k))
    // "kinds=" (explicitly none) is a real choice; only garbage with no valid kind falls back.
    if (ok.length > 0 || given.length === 0) state.kinds = ok
  }
  const isolated = raw.isolated?.trim()
  if (isolated) {
    if (isolated === 'hide') state.hideIsolated = true
    else if (isolated !== 'show') bad('isolated', isolated, (m) => m.problems.badIsolated(quote(isolated)))
  }
  const view = raw.view?.trim()
  if (view) {
    if (isViewMode(view)) state.view = view
    else bad('view', view, (m) => m.problems.badView(quote(view)))
  }
  if (raw.compare != null) {
    const slugs = [...new Set(list(raw.compare))].filter((c) => c.length <= MAX_LEN)
    if (slugs.length > MAX_COMPARE)
      bad('compare', raw.compare, (m) => m.problems.compareTooMany(MAX_COMPARE, slugs.length))
    state.compare = slugs.slice(0, MAX_COMPARE)
  }
  const layout = raw.layout?.trim()
  if (layout) {
    if (isCanvasLayout(layout)) state.layout = layout
    else bad('layout', layout, (m) => m.problems.badLayout(quote(layout)))
  }
  const order = raw.order?.trim()
  if (order) {
    if (isListOrder(order)) state.order = order
    else bad('order', order, (m) => m.problems.badOrder(quote(order)))
  }
  const lang = raw.lang?.trim()
  if (lang) {
    if (isLang(lang)) state.lang = lang
    else bad('lang', lang, (m) => m.problems.badLang(quote(lang)))
  }
  return { state, problems }
}

/** URL values for a state; `null` removes the parameter (defaults are left out of the URL). */
export function serializeViewState(s: ViewState): Record<Param, string | null> {
  const kinds = ALL_KINDS.filter((k) => s.kinds.includes(k))
  return {
    term: s.term ?? null,
    concept: s.term === undefined ? (s.concept ?? null) : null,
    focus: s.focus ?? null,
    depth: s.depth === 1 ? null : String(s.depth),
    concepts: s.concepts.length > 0 ? s.concepts.join(',') : null,
    q: s.q === '' ? null : s.q,
    kinds: kinds.length === ALL_KINDS.length ? null : kinds.join(','),
    isolated: s.hideIsolated ? 'hide' : null,
    view: s.view === 'graph' ? null : s.view,
    from: s.from !== undefined && s.to !== undefined ? s.from : null,
    to: s.from !== undefined && s.to !== undefined ? s.to : null,
    group: s.group === undefined ? null : String(s.group),
    order: s.order === 'name' ? null : s.order,
    lang: s.lang ?? null,
    compare: s.compare.length > 0 ? s.compare.join(',') : null,
    layout: s.layout === 'map' ? null : s.layout,
  }
}

/** The explorer's path and query (`/?…`) for a state, for next/link (which adds the base path itself). */
export function viewPath(s: Partial<ViewState>): string {
  const qs = new URLSearchParams()
  for (const [k, v] of Object.entries(serializeViewState({ ...DEFAULT_STATE, ...s })))
    if (v !== null) qs.set(k, v)
  const text = qs.toString()
  return text ? `/?${text}` : '/'
}

/** The explorer URL under the site's base path, for plain `<a href>`s (term pages, panel links). */
export const viewHref = (s: Partial<ViewState>): string => withBasePath(viewPath(s))

/** What the graph can answer about names in the URL. */
export interface Known {
  hasTerm(slug: string): boolean
  hasConcept(slug: string): boolean
  /** Whether a legend group (community) of that number has terms; any group passes when not given. */
  hasGroup?(group: number): boolean
}

/** Drops names the graph does not have, reporting each one; the rest of the state still applies. */
export function resolveViewState(s: ViewState, known: Known): { state: ViewState; problems: Problem[] } {
  const problems: Problem[] = []
  const state: ViewState = { ...s, concepts: s.concepts.filter((c) => known.hasConcept(c)) }
  for (const c of s.concepts)
    if (!known.hasConcept(c))
      problems.push({ param: 'concepts', value: c, message: (m) => m.problems.noConcept(quote(c)) })
  if (s.term !== undefined && !known.hasTerm(s.term)) {
    const v = s.term
    problems.push({ param: 'term', value: v, message: (m) => m.problems.noTerm(quote(v)) })
    delete state.term
  }
  if (s.concept !== undefined && !known.hasConcept(s.concept)) {
    const v = s.concept
    problems.push({ param: 'concept', value: v, message: (m) => m.problems.noConcept(quote(v)) })
    delete state.concept
  }
  // A path needs both ends: an unknown end drops the whole path, naming the end that is wrong.
  for (const end of ['from', 'to'] as const) {
    const v = s[end]
    if (v === undefined || known.hasTerm(v)) continue
    const message = (m: Messages) =>
      end === 'from' ? m.problems.noFrom(quote(v)) : m.problems.noTo(quote(v))
    problems.push({ param: end, value: v, message })
    delete state.from
    delete state.to
  }
  if (s.group !== undefined && known.hasGroup && !known.hasGroup(s.group)) {
    const v = String(s.group)
    problems.push({ param: 'group', value: v, message: (m) => m.problems.noGroup(quote(v)) })
    delete state.group
  }
  if (s.focus !== undefined && !known.hasTerm(s.focus)) {
    const v = s.focus
    problems.push({ param: 'focus', value: v, message: (m) => m.problems.noFocus(quote(v)) })
    delete state.focus
  }
  // A comparison keeps the terms the glossary has, naming the others; one term compares nothing.
  const compare = s.compare.filter((c) => known.hasTerm(c))
  for (const c of s.compare)
    if (!known.hasTerm(c))
      problems.push({ param: 'compare', value: c, message: (m) => m.problems.noTerm(quote(c)) })
  if (compare.length === 1) {
    const v = compare.join(',')
    problems.push({ param: 'compare', value: v, message: (m) => m.problems.compareTooFew(quote(v)) })
  }
  state.compare = compare.length >= 2 ? compare : []
  return { state, problems }
}
