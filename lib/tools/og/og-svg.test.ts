import { Resvg } from '@resvg/resvg-js'
import { describe, expect, it } from 'vitest'
import { buildLookup } from '../../explorer/graph-model'
import { neighbourhoodOf } from '../../explorer/neighbourhood'
import { sampleGraph } from '../../format/testing/sample-graph'
import { fontsFor } from './fonts'
import { ogSvg, xml } from './og-svg'
import { ogPictures } from './render-og'

const l = buildLookup(sampleGraph)

describe('Open Graph pictures', () => {
  it('has one per term and one for the site', () => {
    const paths = [...ogPictures(l).keys()].sort()
    expect(paths).toEqual([...[...l.terms.keys()].map((s) => `/og/${s}.png`), '/og/site.png'].sort())
  })

  it('escapes names that look like markup', () => {
    const hood = neighbourhoodOf(l, 'mqa')
    if (!hood) throw new Error('sample graph has mqa')
    const svg = ogSvg({ site: 'S', name: '<img src=x onerror=alert(1)>', others: [], footer: '' }, hood)
    expect(svg).toContain(xml('<img'))
    expect(svg).not.toContain('<img')
  })

  it('draws a 1200×630 PNG with the names of the term and its neighbours', async () => {
    const svg = ogPictures(l).get('/og/mqa.png') ?? ''
    for (const name of ['MQA', 'Muti Query Attention', 'Grouped query', '注意力']) expect(svg).toContain(name)
    const { font, cleanup } = await fontsFor(svg)
    try {
      const image = new Resvg(svg, { font }).render()
      expect([image.width, image.height]).toEqual([1200, 630])
      expect(image.asPng().subarray(1, 4).toString()).toBe('PNG')
    } finally {
      cleanup()
    }
  })
})
