import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { colorOf, legendOf, PALETTE } from './legend'
import { buildLookup } from './graph-model'
import { sampleGraph } from '../format/testing/sample-graph'

/** WCAG relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05)
}

/** Both themes' stage background, from theme.css (`--stage-bg: light-dark(light, dark)`). */
function stageBackgrounds(): string[] {
  const css = readFileSync(new URL('../../app/styles/theme.css', import.meta.url), 'utf8')
  const m = /--stage-bg:\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/i.exec(css)
  if (!m?.[1] || !m[2]) throw new Error('legend.test: --stage-bg not found in theme.css')
  return [m[1], m[2]]
}

describe('legend', () => {
  it.each(stageBackgrounds())('every palette colour stands out 3:1 against the stage %s', (bg) => {
    for (const c of PALETTE) expect(contrast(c, bg), c).toBeGreaterThanOrEqual(3)
  })
  it.each([
    [0, PALETTE[0]],
    [10, PALETTE[0]],
    [-1, PALETTE[9]],
    [1.7, PALETTE[1]],
  ])('colour of community %d', (c, color) => {
    expect(colorOf(c)).toBe(color)
  })
  it('names a community after the concept its members share, else its most central term', () => {
    const g = structuredClone(sampleGraph)
    for (const n of g.nodes)
      if (n.key === 'rl' && n.attributes) n.attributes = { ...n.attributes, community: 1, pagerank: 0.5 }
    expect(legendOf(buildLookup(g)).map((e) => [e.community, e.size, e.name])).toEqual([
      [0, 4, '注意力'],
      [1, 1, 'RL'],
    ])
  })
})
