import { zh } from './i18n/zh'
import { describe, expect, it } from 'vitest'
import {
  CLEAR_FILTERS,
  DEFAULT_STATE,
  CANVAS_LAYOUTS,
  LIST_ORDERS,
  PARAMS,
  VIEW_MODES,
  parseViewState,
  resolveViewState,
  serializeViewState,
  viewHref,
  type RawParams,
  type ViewState,
} from './url-state'

const roundTrip = (s: ViewState) => parseViewState(serializeViewState(s))

const states: [string, ViewState][] = [
  ['default', DEFAULT_STATE],
  ['selected term', { ...DEFAULT_STATE, term: 'mqa' }],
  ['selected concept', { ...DEFAULT_STATE, concept: 'zhuyili' }],
  ['focus depth 3', { ...DEFAULT_STATE, focus: 'rl', depth: 3 }],
  ['focus depth 2 + term', { ...DEFAULT_STATE, term: 'gqa', focus: 'mqa', depth: 2 }],
  ['concepts', { ...DEFAULT_STATE, concepts: ['zhuyili', 'weizhibianma'] }],
  ['query with spaces and CJK', { ...DEFAULT_STATE, q: 'Multi head 注意力 &=?#' }],
  ['mentions only', { ...DEFAULT_STATE, kinds: ['mention'] }],
  ['no edges', { ...DEFAULT_STATE, kinds: [] }],
  ['hide isolated, list view', { ...DEFAULT_STATE, hideIsolated: true, view: 'list' }],
  ['kinds tree', { ...DEFAULT_STATE, view: 'tree' }],
  ['self-test', { ...DEFAULT_STATE, view: 'quiz' }],
  ['comparison', { ...DEFAULT_STATE, compare: ['mqa', 'gqa', 'mha'] }],
  ['kinds layout', { ...DEFAULT_STATE, layout: 'kinds' }],
  ['path', { ...DEFAULT_STATE, from: 'zero', to: 'deepspeed' }],
  ['group', { ...DEFAULT_STATE, group: 3 }],
  ['list by importance', { ...DEFAULT_STATE, view: 'list', order: 'importance' }],
  [
    'everything',
    {
      term: 'a',
      focus: 'b',
      depth: 2,
      concepts: ['c'],
      q: 'zyl',
      kinds: ['concept'],
      hideIsolated: true,
      view: 'list',
      order: 'learning',
      compare: ['a', 'b'],
      layout: 'kinds',
    },
  ],
]

/** Deterministic pseudo-random generator so failures reproduce. */
function rng(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
}

describe('url-state round trip', () => {
  it.each(states)('%s survives serialise → parse', (_name, s) => {
    expect(roundTrip(s)).toEqual({ state: s, problems: [] })
  })
  it('random states survive serialise → parse, also through a real URL', () => {
    const r = rng(7)
    const pick = <T>(xs: readonly T[]): T => {
      const v = xs[Math.floor(r() * xs.length)]
      if (v === undefined) throw new Error('pick: empty list')
      return v
    }
    const slugs = ['mqa', 'rl', 'zhu-yi-li', 'a.b_c~d', 'gpt-4'] as const
    for (let i = 0; i < 300; i++) {
      const s: ViewState = {
        ...(r() < 0.5 ? { term: pick(slugs) } : r() < 0.5 ? { concept: pick(slugs) } : {}),
        ...(r() < 0.5 ? { focus: pick(slugs) } : {}),
        depth: pick([1, 2, 3] as const),
        concepts: [...new Set(slugs.filter(() => r() < 0.3))],
        q: pick(['', 'zyl', '强化学习', 'a b', '%20+']),
        kinds: pick([['mention', 'concept'], ['mention'], ['concept'], []] as const).slice(),
        hideIsolated: r() < 0.5,
        view: pick(VIEW_MODES),
        order: pick(LIST_ORDERS),
        compare: r() < 0.5 ? [] : [...new Set([pick(slugs), pick(slugs)])],
        layout: pick(CANVAS_LAYOUTS),
      }
      expect(roundTrip(s), JSON.stringify(s)).toEqual({ state: s, problems: [] })
      const url = new URL(`http://x${viewHref(s)}`)
      const raw: RawParams = Object.fromEntries(PARAMS.map((p) => [p, url.searchParams.get(p)]))
      expect(parseViewState(raw).state, JSON.stringify(s)).toEqual(s)
    }
  })
})

describe('url-state parsing', () => {
  it.each<[RawParams, Partial<ViewState>, string[]]>([
    [{ depth: '9' }, {}, ['深度 "9" 无效（应为 1–3）']],
    [{ depth: '2' }, { depth: 2 }, []],
    [{ depth: 'constructor' }, {}, ['深度 "constructor" 无效（应为 1–3）']],
    [
      { kinds: 'mention,bogus' },
      { kinds: ['mention'] },
      ['关系类型 "bogus" 无效（应为 mention 或 concept）'],
    ],
    [{ kinds: 'bogus' }, {}, ['关系类型 "bogus" 无效（应为 mention 或 concept）']],
    [{ isolated: 'maybe' }, {}, ['孤立术语选项 "maybe" 无效（应为 hide 或 show）']],
    [{ view: 'table' }, {}, ['视图 "table" 无效（应为 graph、list、tree 或 quiz）']],
    [{ view: 'tree' }, { view: 'tree' }, []],
    [{ compare: 'mqa, gqa,mqa' }, { compare: ['mqa', 'gqa'] }, []],
    [
      { compare: 'a,b,c,d,e' },
      { compare: ['a', 'b', 'c', 'd'] },
      ['最多比较 4 个术语，链接里有 5 个：多出的已忽略'],
    ],
    [{ layout: 'kinds' }, { layout: 'kinds' }, []],
    [{ layout: 'circle' }, {}, ['布局 "circle" 无效（应为 map 或 kinds）']],
    [{ order: 'learning' }, { order: 'learning' }, []],
    [{ order: 'random' }, {}, ['列表排序 "random" 无效（应为 name、importance 或 learning）']],
    [{ concepts: ' a, ,b,a ' }, { concepts: ['a', 'b'] }, []],
    [{ term: '  ' }, {}, []],
    [{ term: 'x', concept: 'y' }, { term: 'x' }, []],
    [{ from: 'zero', to: 'deepspeed' }, { from: 'zero', to: 'deepspeed' }, []],
    [{ from: 'zero' }, {}, ['路径起点 "zero" 缺少终点（to），已忽略']],
    [{ group: '0' }, { group: 0 }, []],
    [{ group: 'x1' }, {}, ['分组 "x1" 无效（应为图例中的分组编号）']],
    [{ to: 'deepspeed', from: ' ' }, {}, ['路径终点 "deepspeed" 缺少起点（from），已忽略']],
  ])('%j', (raw, expected, messages) => {
    const { state, problems } = parseViewState(raw)
    expect(state).toEqual({ ...DEFAULT_STATE, ...expected })
    expect(problems.map((p) => p.message(zh))).toEqual(messages)
  })
  it('parses any string in any parameter without throwing', () => {
    const r = rng(42)
    const alphabet = [
      'a',
      '1',
      ',',
      ' ',
      '%',
      '<',
      '>',
      '"',
      '注',
      '\u0000',
      '\ud800',
      '9',
      '-',
      'mention',
      'concept',
      'hide',
      'list',
      '__proto__',
    ]
    for (let i = 0; i < 2000; i++) {
      const raw: RawParams = {}
      for (const p of PARAMS) {
        if (r() < 0.5) continue
        let v = ''
        const n = Math.floor(r() * 8)
        for (let k = 0; k < n; k++) v += alphabet[Math.floor(r() * alphabet.length)]
        raw[p] = v
      }
      expect(() => parseViewState(raw), JSON.stringify(raw)).not.toThrow()
    }
    expect(() => parseViewState({ q: 'x'.repeat(100_000), term: 'y'.repeat(10_000) })).not.toThrow()
  })
})

describe('resolveViewState', () => {
  const known = { hasTerm: (s: string) => s === 'mqa', hasConcept: (s: string) => s === 'zhuyili' }
  it('drops unknown names, names each one, keeps the rest', () => {
    const s: ViewState = {
      ...DEFAULT_STATE,
      term: 'xyz',
      focus: 'mqa',
      concepts: ['zhuyili', 'nope'],
      depth: 2,
    }
    const { state, problems } = resolveViewState(s, known)
    expect(state).toEqual({ ...DEFAULT_STATE, focus: 'mqa', concepts: ['zhuyili'], depth: 2 })
    expect(problems.map((p) => p.message(zh))).toEqual(['找不到概念 "nope"', '找不到术语 "xyz"'])
  })
  it.each<[string[], string[], string[]]>([
    [['mqa', 'gqa'], ['mqa', 'gqa'], []],
    [['mqa', 'nope', 'gqa'], ['mqa', 'gqa'], ['找不到术语 "nope"']],
    [['mqa', 'nope'], [], ['找不到术语 "nope"', '只有一个术语 "mqa"，比较至少需要两个']],
  ])('compare %j keeps %j and names the rest', (compare, kept, messages) => {
    const both = { ...known, hasTerm: (s: string) => s === 'mqa' || s === 'gqa' }
    const { state, problems } = resolveViewState({ ...DEFAULT_STATE, compare }, both)
    expect(state.compare).toEqual(kept)
    expect(problems.map((p) => p.message(zh))).toEqual(messages)
  })
  it.each<[string, string, string[]]>([
    ['mqa', 'mqa', []],
    ['nope', 'mqa', ['找不到路径起点术语 "nope"']],
    ['mqa', 'nope', ['找不到路径终点术语 "nope"']],
    ['x', 'y', ['找不到路径起点术语 "x"', '找不到路径终点术语 "y"']],
  ])('path %s → %s: an unknown end drops the path and is named', (from, to, messages) => {
    const { state, problems } = resolveViewState({ ...DEFAULT_STATE, from, to }, known)
    expect(problems.map((p) => p.message(zh))).toEqual(messages)
    expect(state.from !== undefined).toBe(messages.length === 0)
  })
})

describe('viewHref', () => {
  it.each<[Partial<ViewState>, string]>([
    [{}, '/'],
    [{ term: 'mqa', focus: 'mqa' }, '/?term=mqa&focus=mqa'],
    [{ concepts: ['a', 'b'] }, '/?concepts=a%2Cb'],
  ])('%j → %s', (s, href) => expect(viewHref(s)).toBe(href))
})

describe('CLEAR_FILTERS', () => {
  it('clears filters but keeps selection, search and the list view in its order', () => {
    const s: ViewState = {
      term: 'a',
      focus: 'b',
      depth: 3,
      concepts: ['c'],
      q: 'zyl',
      kinds: ['mention'],
      hideIsolated: true,
      view: 'list',
      order: 'importance',
      compare: [],
      layout: 'map',
    }
    const next = { ...s, ...CLEAR_FILTERS }
    expect(serializeViewState(next)).toEqual({
      ...serializeViewState({ ...DEFAULT_STATE, term: 'a', q: 'zyl', view: 'list', order: 'importance' }),
    })
  })
})
