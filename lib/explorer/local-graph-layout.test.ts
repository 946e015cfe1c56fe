import { describe, expect, it } from 'vitest'
import { dotBox, labelBox, overlaps, type Box } from './label-boxes'
import { layoutLocalGraph, slotAngles, type LayoutOptions } from './local-graph-layout'
import { buildLookup } from './graph-model'
import { neighbourhoodOf, type LocalNode, type Neighbourhood } from './neighbourhood'
import { fitText, textWidth, wrapText } from './text-width'
import { sampleGraph } from '../format/testing/sample-graph'

const INLINE: LayoutOptions = {
  width: 440,
  height: 300,
  fontSize: 16,
  centerFontSize: 18,
  padding: 6,
  radius: 7,
}
const OG: LayoutOptions = {
  width: 720,
  height: 560,
  fontSize: 26,
  centerFontSize: 34,
  padding: 10,
  radius: 11,
}

const node = (id: string, label: string, x = 0, y = 0): LocalNode => ({
  id,
  label,
  kind: 'term',
  href: `/term/${id}/`,
  community: 0,
  pagerank: 0.1,
  x,
  y,
  relation: 'mention',
})

/** n neighbours around the origin, labels taken in turn from `labels`. */
function hood(n: number, labels: string[], center = 'Grouped query attention'): Neighbourhood {
  const neighbours = Array.from({ length: n }, (_, i) =>
    node(`n${i}`, labels[i % labels.length] ?? 'x', Math.cos(i), Math.sin(i)),
  )
  return { center: node('c', center), neighbours, hidden: 0 }
}

const inside = (b: Box, o: LayoutOptions) => b.x0 >= 0 && b.y0 >= 0 && b.x1 <= o.width && b.y1 <= o.height

const SHORT = ['RL', 'MQA', 'PPO', 'BPE']
const LONG = [
  'Reinforcement Learning from Human Feedback',
  '旋转位置编码（RoPE）的一种改进方法',
  'Muti-head Attention',
]
const CJK = ['注意力', '位置编码', '强化学习', '检索增强生成', '分词']

describe('layoutLocalGraph', () => {
  const cases: [string, LayoutOptions, number, string[]][] = []
  for (const [name, o] of [['inline', INLINE] as const, ['og', OG] as const])
    for (const n of [0, 1, 2, 3, 5, 8, 12])
      for (const [kind, labels] of [
        ['short', SHORT],
        ['long', LONG],
        ['cjk', CJK],
      ] as const)
        cases.push([`${name} ${n} ${kind}`, o, n, labels])

  it.each(cases)('%s: labels inside the box, apart from each other and from the dots', (_, o, n, labels) => {
    const g = layoutLocalGraph(hood(n, labels), o)
    const all = [g.center, ...g.neighbours]
    expect(g.neighbours).toHaveLength(n)
    for (const p of all) expect(inside(labelBox(p.label), o), p.label.text).toBe(true)
    for (const p of all) expect(inside(dotBox(p), o), p.node.id).toBe(true)
    // The cropped extent still holds everything.
    for (const p of all) expect(labelBox(p.label).y0 >= g.top && labelBox(p.label).y1 <= g.bottom).toBe(true)
    all.forEach((a, i) =>
      all.forEach((b, j) => {
        if (j > i)
          expect(overlaps(labelBox(a.label), labelBox(b.label)), `${a.label.text} × ${b.label.text}`).toBe(
            false,
          )
        if (j !== i)
          expect(overlaps(labelBox(a.label), dotBox(b)), `${a.label.text} on dot ${b.node.id}`).toBe(false)
      }),
    )
  })

  it('keeps short names whole and the centre name whole when it fits', () => {
    const g = layoutLocalGraph(hood(8, SHORT), INLINE)
    expect(g.neighbours.map((p) => p.label.text)).toEqual(g.neighbours.map((p) => p.node.label))
    expect(g.center.label.text).toBe('Grouped query attention')
  })

  it('shortens a name that cannot fit with an ellipsis, keeping its start', () => {
    const g = layoutLocalGraph(hood(12, LONG), INLINE)
    const cut = g.neighbours.filter((p) => p.label.text !== p.node.label)
    expect(cut.length).toBeGreaterThan(0)
    for (const p of cut) expect(p.node.label.startsWith(p.label.text.slice(0, -1).trimEnd())).toBe(true)
  })

  it.each([
    ['inline', INLINE, 'DeepSpeed', '分布式'],
    ['og', OG, 'Grouped query attention', '注意力'],
  ])('%s: moves the ring off centre so a long name on one side stays whole', (_, o, long, short) => {
    const h: Neighbourhood = {
      center: node('c', 'C', 0, 0),
      neighbours: [node('l', long, -5, 0), node('r', short, 5, 0)],
      hidden: 0,
    }
    const g = layoutLocalGraph(h, o)
    expect(g.neighbours.map((p) => p.label.text)).toEqual([long, short])
    expect(g.center.cx).toBeGreaterThan(o.width / 2)
  })

  it('crops to what is drawn: a row of three is a low strip', () => {
    const h: Neighbourhood = {
      center: node('c', 'C', 0, 0),
      neighbours: [node('left', 'L', -5, 0), node('right', 'R', 5, 0)],
      hidden: 0,
    }
    const g = layoutLocalGraph(h, INLINE)
    expect(g.bottom - g.top).toBeLessThan(INLINE.height / 3)
  })

  it('places a neighbour on the side it has in the site layout', () => {
    const h: Neighbourhood = {
      center: node('c', 'C', 0, 0),
      neighbours: [node('left', 'L', -5, 0), node('right', 'R', 5, 0)],
      hidden: 0,
    }
    const g = layoutLocalGraph(h, INLINE)
    const [left, right] = g.neighbours
    expect(left && left.cx < g.center.cx && left.label.anchor).toBe('end')
    expect(right && right.cx > g.center.cx && right.label.anchor).toBe('start')
  })
})

describe('slotAngles', () => {
  it.each([1, 2, 5, 12])('%i neighbours get distinct, evenly spaced slots', (n) => {
    const h = hood(n, SHORT)
    const angles = slotAngles(h.center, h.neighbours)
    const sorted = [...angles].sort((a, b) => a - b)
    sorted.forEach((a, k) => expect(a).toBeCloseTo((2 * Math.PI * k) / n))
  })
})

describe('text fitting', () => {
  it.each([
    ['RL', 100, 16, 'RL'],
    ['Reinforcement Learning', 60, 16, 'Reinfo…'],
    ['检索增强生成', 50, 16, '检索…'],
  ])('fitText(%s, %i)', (text, width, size, expected) => {
    const fitted = fitText(text, width, size)
    expect(fitted).toBe(expected)
    expect(textWidth(fitted, size)).toBeLessThanOrEqual(width)
  })

  it.each([
    ['Grouped query attention', 150, ['Grouped query', 'attention']],
    ['基于人类反馈的强化学习方法', 140, ['基于人类反馈的', '强化学习方法']],
    ['Reinforcement Learning from Human Feedback', 160, ['Reinforcement', 'Learning from…']],
  ])('wrapText(%s, %i) in two lines', (text, width, expected) => {
    expect(wrapText(text, width, 20, 2)).toEqual(expected)
  })
})

describe('neighbourhoodOf', () => {
  const l = buildLookup(sampleGraph)
  it('gathers mentions both ways and concepts, each once, with links', () => {
    const h = neighbourhoodOf(l, 'mqa')
    expect(h?.center.label).toBe('MQA')
    expect(h?.neighbours.map((n) => [n.label, n.relation, n.href]).sort()).toEqual([
      ['Grouped query attention', 'mention', '/term/gqa/'],
      ['注意力', 'concept', '/?concepts=zhuyili'],
    ])
  })
  it('keeps the most important when there are too many, and counts the rest', () => {
    const h = neighbourhoodOf(l, 'mqa', 1)
    expect(h?.neighbours).toHaveLength(1)
    expect(h?.hidden).toBe(1)
  })
  it('is undefined for an unknown term', () => expect(neighbourhoodOf(l, 'nope')).toBeUndefined())
})
