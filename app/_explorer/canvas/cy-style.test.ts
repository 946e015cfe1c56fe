import { describe, expect, it } from 'vitest'
import cytoscape, { type Core } from 'cytoscape'
import { toElements } from '@/lib/explorer/elements'
import { toViewGraph } from '@/lib/format/view-graph'
import { sampleGraph } from '@/lib/format/testing/sample-graph'
import { LIGHT_CANVAS } from './canvas-colors'
import { stylesheetFor } from './cy-style'

/** The sample graph styled with `stylesheetFor(big, map, colors)`. */
function styled(big: boolean, map: boolean, colors = LIGHT_CANVAS): Core {
  const { nodes, edges } = toElements(toViewGraph(sampleGraph))
  return cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: 'preset', fit: false },
    elements: [...nodes, ...edges],
    style: stylesheetFor(big, map, colors),
  })
}

/** "#rrggbb" as Cytoscape reports a colour. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')})`

const styleOf = (cy: Core, id: string, property: string, classes = '') => {
  const el = cy.getElementById(id)
  if (classes) el.addClass(classes)
  return String(el.style(property))
}

describe('stylesheetFor', () => {
  it.each([
    ['a term is a disc', 'mqa', 'shape', 'ellipse'],
    ['a concept is a diamond', 'concept:zhuyili', 'shape', 'diamond'],
    [
      'a concept is filled in the concept colour',
      'concept:zhuyili',
      'background-color',
      rgb(LIGHT_CANVAS.conceptFill),
    ],
    ['a mention ends in an arrow', 'm1', 'target-arrow-shape', 'triangle'],
    ['a membership is dashed', 'c1', 'line-style', 'dashed'],
    ['a term shows its short label', 'mqa', 'label', 'MQA'],
  ])('%s', (_name, id, property, expected) => {
    expect(styleOf(styled(false, false), id, property)).toBe(expected)
  })

  it.each([
    ['hovered', 'muti-head-attention', 'hov', 'label', 'Muti-head Attention'],
    ['picked', 'muti-head-attention', 'picked', 'label', 'Muti-head Attention'],
    ['on a path', 'muti-head-attention', 'on-path', 'label', 'Muti-head Attention'],
    ['crowded out', 'mqa', 'label-off', 'text-opacity', '0'],
    ['next to the selection', 'mqa', 'near', 'text-opacity', '1'],
    ['next to the selection, crowded out', 'mqa', 'near label-off', 'text-opacity', '0'],
    ['crowded out and hovered', 'mqa', 'near label-off hov', 'text-opacity', '1'],
    ['faded', 'mqa', 'faded', 'opacity', '0.12'],
  ])('a node %s: %s', (_name, id, cls, property, expected) => {
    expect(styleOf(styled(false, false), id, property, cls)).toBe(expected)
  })

  it('draws a big graph’s edges as haystacks without arrows, but a path’s edges still stand out', () => {
    const cy = styled(true, false)
    expect(styleOf(cy, 'm1', 'curve-style')).toBe('haystack')
    expect(styleOf(cy, 'm1', 'target-arrow-shape')).toBe('none')
    expect(styleOf(cy, 'c1', 'width', 'on-path')).toBe('4px')
  })

  it.each([
    ['', 'none'],
    ['near', 'element'],
    ['hov', 'element'],
    ['on-path', 'element'],
  ])('a map hides its muted edges unless they are picked (%s)', (cls, expected) => {
    expect(styleOf(styled(false, true), 'm1', 'display', `muted ${cls}`.trim())).toBe(expected)
  })

  it('colours the canvas with the theme given', () => {
    const dark = { ...LIGHT_CANVAS, label: '#e2e8f0', mention: '#56b4e9' }
    const cy = styled(false, false, dark)
    expect(styleOf(cy, 'mqa', 'color')).toBe(rgb('#e2e8f0'))
    expect(styleOf(cy, 'm1', 'line-color')).toBe(rgb('#56b4e9'))
  })
})
