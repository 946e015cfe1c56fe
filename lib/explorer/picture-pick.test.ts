import { describe, expect, test, vi } from 'vitest'
import { pickedNode, type PictureClicks, type PicturePick } from './picture-pick'
import { PICTURE_CLICK_SCRIPT } from './picture-click-script'
import type { PictureNode } from './picture'

const node = (id: string, x: number, y: number, size = 10): PictureNode => ({
  id,
  kind: 'term',
  label: id,
  x,
  y,
  size,
  fontSize: 10,
  color: '#000',
})

describe('pickedNode: a click on the picture selects what a tap on the canvas would', () => {
  const nodes = [node('a', 0, 0), node('b', 30, 0), node('big', 100, 100, 40)]
  const at = (x: number, y: number, more: Partial<PicturePick> = {}): PicturePick => ({
    x,
    y,
    zoom: 1,
    touch: false,
    ...more,
  })
  test.each<[string, PicturePick, string | undefined]>([
    ['the node the SVG says it hit', at(500, 500, { key: 'b' }), 'b'],
    ['a node under the point', at(1, 1), 'a'],
    ['the rim of a big node', at(100, 121), 'big'],
    ['2 px past the rim under a mouse', at(7, 0), 'a'],
    ['3 px past the rim under a mouse: the background', at(8, 0), undefined],
    ['8 px past the rim under a finger', at(13, 0, { touch: true }), 'a'],
    ['9 px past the rim under a finger: the background', at(14, 0, { touch: true }), undefined],
    ['the slack is in screen pixels: zoomed out, it reaches further', at(12, 0, { zoom: 0.25 }), 'a'],
    ['between two nodes, the nearer rim', at(16, 0, { zoom: 0.1 }), 'b'],
    ['the background far from any node', at(60, 60), undefined],
    ['a picture of unknown size hits nothing', at(0, 0, { zoom: 0 }), undefined],
  ])('%s', (_, pick, expected) => {
    expect(pickedNode(pick, nodes)).toBe(expected)
  })

  test('without the geometry only a hit counts', () => {
    expect(pickedNode(at(0, 0))).toBeUndefined()
  })
})

/** A DOM element as little as the script uses: attributes, a parent, a box, classes. */
class FakeElement {
  classes = new Set<string>()
  constructor(
    readonly tag: string,
    readonly attrs: Record<string, string>,
    readonly parent?: FakeElement,
    readonly rect = { left: 0, top: 0, width: 0, height: 0 },
  ) {
    for (const c of (attrs.class ?? '').split(' ').filter(Boolean)) this.classes.add(c)
  }
  classList = {
    add: (c: string) => this.classes.add(c),
    remove: (c: string) => this.classes.delete(c),
  }
  getAttribute(name: string): string | null {
    return this.attrs[name] ?? null
  }
  getBoundingClientRect() {
    return this.rect
  }
  private matches(selector: string): boolean {
    return selector.split(',').some((one) => {
      const s = one.trim()
      if (s.startsWith('.')) return this.classes.has(s.slice(1))
      const attr = /^(\w*)\[([\w-]+)\]$/.exec(s)
      if (!attr) throw new Error(`fake DOM: selector ${s}`)
      return (!attr[1] || attr[1] === this.tag) && attr[2] !== undefined && attr[2] in this.attrs
    })
  }
  closest(selector: string): FakeElement | null {
    return this.matches(selector) ? this : (this.parent?.closest(selector) ?? null)
  }
  children: FakeElement[] = []
  className = ''
  textContent = ''
  replaceChildren() {
    this.children = []
  }
  appendChild(child: FakeElement) {
    this.children.push(child)
  }
  setAttribute(name: string, value: string) {
    this.attrs[name] = value
  }
  querySelector(selector: string): FakeElement | null {
    for (const c of this.children) {
      if (c.closest(selector) === c) return c
      const deeper = c.querySelector(selector)
      if (deeper) return deeper
    }
    return null
  }
}

const child = (
  parent: FakeElement,
  tag: string,
  attrs: Record<string, string>,
  rect?: FakeElement['rect'],
) => {
  const el = new FakeElement(tag, attrs, parent, rect)
  parent.children.push(el)
  return el
}

interface PageOptions {
  url?: string
  /** The preloads in the page's head. */
  preloads?: string[]
  /** What fetching graph.json gives. */
  graph?: unknown
}

/** A page with the picture (box 0 0 100 50 drawn in a 200 × 200 box at 10, 20) and the script running. */
function page({ url = 'http://site/?lang=en', preloads = [], graph }: PageOptions = {}) {
  const body = new FakeElement('body', {})
  const preview = child(body, 'div', { class: 'graph-preview', 'data-preview-box': '0 0 100 50' })
  const svg = child(
    preview,
    'svg',
    { 'data-graph-preview': '' },
    { left: 10, top: 20, width: 200, height: 200 },
  )
  const term = child(child(svg, 'a', { href: '/sub/term/rl/' }), 'circle', {})
  const concept = child(child(svg, 'g', { 'data-node': 'concept:attention' }), 'polygon', {})
  const outside = child(body, 'p', {})
  const slot = child(body, 'article', { 'data-first-panel': '', 'data-kind': '术语' })
  const html = new FakeElement('html', {})
  const links = preloads.map((href) => new FakeElement('link', { rel: 'preload', href }))
  let onClick: ((e: object) => void) | undefined
  const document = {
    documentElement: html,
    addEventListener: (_: string, listener: (e: object) => void) => (onClick = listener),
    querySelectorAll: () =>
      [term, concept].flatMap((el) => (el.parent?.classes.has('gp-picked') ? [el.parent] : [])),
    querySelector: (selector: string) => {
      if (selector === '[data-first-panel]') return slot
      const ending = /href\$="([^"]+)"/.exec(selector)?.[1]
      return links.find((l) => ending && (l.attrs.href ?? '').endsWith(ending)) ?? null
    },
    createElement: (tag: string) => new FakeElement(tag, {}),
  }
  for (const l of links) Object.assign(l, { href: `http://site${l.attrs.href ?? ''}` })
  const location = { href: url }
  const history = {
    replaceState: vi.fn((_state: unknown, _title: string, next: URL) => (location.href = String(next))),
  }
  const fetch = vi.fn(async () => ({ json: async () => graph }))
  const window: { __pictureClicks?: PictureClicks } = {}
  new Function('window', 'document', 'location', 'history', 'Element', 'fetch', PICTURE_CLICK_SCRIPT)(
    window,
    document,
    location,
    history,
    FakeElement,
    fetch,
  )
  const click = (target: FakeElement, more: object = {}) => {
    const e = {
      target,
      button: 0,
      clientX: 110,
      clientY: 120,
      pointerType: 'mouse',
      preventDefault: vi.fn(),
      ...more,
    }
    onClick?.(e)
    return e.preventDefault
  }
  const clicks = () => window.__pictureClicks ?? {}
  /** The first view's panel: each element's tag, class and text. */
  const panel = () => slot.children.map((c) => [c.tag, c.className, c.textContent])
  return { term, concept, svg, outside, click, clicks, location, history, fetch, panel, html }
}

describe('the first view script: a click on the picture stays in the explorer', () => {
  test('a term before the explorer is up: kept, marked, and in the URL without a new history entry', () => {
    const p = page()
    expect(p.click(p.term)).toHaveBeenCalled()
    expect(p.clicks().pending).toEqual({ key: 'rl', x: 50, y: 25, zoom: 2, touch: false })
    expect(p.location.href).toBe('http://site/?lang=en&term=rl')
    expect(p.history.replaceState).toHaveBeenCalledWith(null, '', expect.any(URL))
    expect(p.term.parent?.classes.has('gp-picked')).toBe(true)
  })

  test('a concept selects the concept, replacing a term and a path', () => {
    const p = page({ url: 'http://site/?term=x&from=a&to=b' })
    p.click(p.concept)
    expect(p.clicks().pending?.key).toBe('concept:attention')
    expect(p.location.href).toBe('http://site/?concept=attention')
  })

  test('a tap says it was a finger', () => {
    const p = page()
    p.click(p.term, { pointerType: 'touch' })
    expect(p.clicks().pending?.touch).toBe(true)
  })

  test('the background: kept for the explorer (a map image resolves it by position), the URL unchanged', () => {
    const p = page()
    expect(p.click(p.svg)).toHaveBeenCalled()
    expect(p.clicks().pending).toEqual({ x: 50, y: 25, zoom: 2, touch: false })
    expect(p.history.replaceState).not.toHaveBeenCalled()
  })

  test('once the explorer takes clicks, they go straight to it', () => {
    const p = page()
    const take = vi.fn()
    p.clicks().take = take
    p.click(p.term)
    expect(take).toHaveBeenCalledWith({ key: 'rl', x: 50, y: 25, zoom: 2, touch: false })
    expect(p.clicks().pending).toBeUndefined()
    expect(p.history.replaceState).not.toHaveBeenCalled()
  })

  test('a later click moves the mark', () => {
    const p = page()
    p.click(p.term)
    p.click(p.concept)
    expect(p.term.parent?.classes.has('gp-picked')).toBe(false)
    expect(p.concept.parent?.classes.has('gp-picked')).toBe(true)
  })

  test.each<[string, object]>([
    ['ctrl', { ctrlKey: true }],
    ['cmd', { metaKey: true }],
    ['shift', { shiftKey: true }],
    ['alt', { altKey: true }],
    ['the middle button', { button: 1 }],
    ['a click another handler took', { defaultPrevented: true }],
  ])('a click with %s keeps the link (a new tab), untouched', (_, more) => {
    const p = page()
    expect(p.click(p.term, more)).not.toHaveBeenCalled()
    expect(p.clicks().pending).toBeUndefined()
  })

  const RL = {
    nodes: [
      { key: 'ppo', attributes: { label: 'PPO', definition: 'x' } },
      {
        key: 'rl',
        attributes: { label: 'RL', expansion: 'Reinforcement Learning', gloss: '', definition: '试错学习' },
      },
    ],
  }
  const flush = () => new Promise((done) => setTimeout(done, 0))

  test("a term's name and definition show in the first view's panel, from the preloaded graph.json", async () => {
    const p = page({ preloads: ['/graph.json'], graph: RL })
    p.click(p.term)
    await flush()
    expect(p.fetch).toHaveBeenCalledWith('http://site/graph.json')
    expect(p.panel()).toEqual([
      ['p', 'kind', '术语'],
      ['h2', '', 'RL'],
      ['p', 'expansion', 'Reinforcement Learning'],
      ['p', 'definition', '试错学习'],
    ])
    expect(p.html.attrs['data-first-pick']).toBe('')
  })

  test.each<[string, PageOptions, (p: ReturnType<typeof page>) => void]>([
    [
      'a big glossary (graph-view.json preloaded: graph.json is too big to parse first)',
      { preloads: ['/graph.json', '/graph-view.json'], graph: RL },
      () => {},
    ],
    ['a page without the preload', { graph: RL }, () => {}],
    ['a term graph.json does not have', { preloads: ['/graph.json'], graph: { nodes: [] } }, () => {}],
    [
      'once the explorer took the click',
      { preloads: ['/graph.json'], graph: RL },
      (p) => (p.clicks().take = vi.fn()),
    ],
  ])('the first view panel stays as it is on %s', async (_, options, after) => {
    const p = page(options)
    p.click(p.term)
    after(p)
    await flush()
    expect(p.panel()).toEqual([])
    expect(p.html.attrs['data-first-pick']).toBeUndefined()
  })

  test('a concept does not fill the first view panel (the explorer shows concepts)', async () => {
    const p = page({ preloads: ['/graph.json'], graph: RL })
    p.click(p.concept)
    await flush()
    expect(p.fetch).not.toHaveBeenCalled()
  })

  test('a click outside the picture is none of its business', () => {
    const p = page()
    expect(p.click(p.outside)).not.toHaveBeenCalled()
    expect(p.clicks().pending).toBeUndefined()
  })
})
