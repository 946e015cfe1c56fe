import { expect, test } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { waitForGraph } from './helpers'

/** Node count of the graph the site under test was built with. */
const graph: unknown = JSON.parse(readFileSync(join(process.env.SITE_OUT_DIR || 'out', 'graph.json'), 'utf8'))
const nodes: unknown = typeof graph === 'object' && graph !== null ? Reflect.get(graph, 'nodes') : undefined
const nodeCount = Array.isArray(nodes) ? nodes.length : 0

test.describe('the graph is in the HTML', () => {
  test.use({ javaScriptEnabled: false })

  test('without JavaScript the reader sees the graph picture with every node labelled', async ({ page }) => {
    await page.goto('/')
    const picture = page.locator('svg[data-graph-preview]')
    await expect(picture).toBeVisible()
    await expect(picture.locator('text:visible')).toHaveCount(nodeCount)
    // Term nodes link to their pages.
    await picture.locator('a').first().click()
    await expect(page).toHaveURL(/\/term\/[^/]+\/$/)
  })
})

test('Cytoscape takes over the picture in place, then the picture goes', async ({ page }) => {
  await page.goto('/')
  // The picture on screen (the shell's, or its copy over the canvas once the explorer is up),
  // read in one step: the explorer may swap one for the other at any moment.
  const handle = await page.waitForFunction(() => {
    for (const svg of document.querySelectorAll('svg[data-graph-preview]')) {
      const r = svg.querySelector('circle')?.getBoundingClientRect()
      if (r && r.width > 0) return { x: r.x, y: r.y, width: r.width, height: r.height }
    }
    return null
  })
  const before = await handle.jsonValue()
  await page.mouse.move(10, 10)
  await waitForGraph(page)
  await expect(page.locator('[data-graph-preview]:visible')).toHaveCount(0)
  // The first term node is drawn where the picture had it (within a pixel or two).
  const drawn = await page.evaluate(() => {
    const cy = window.cy
    const node = cy?.nodes('.term').first()
    const box = cy?.container()?.getBoundingClientRect()
    if (!node || !box) return null
    const p = node.renderedPosition()
    return { x: box.left + p.x, y: box.top + p.y }
  })
  expect(before).not.toBeNull()
  expect(drawn).not.toBeNull()
  if (before && drawn) {
    expect(Math.abs(before.x + before.width / 2 - drawn.x)).toBeLessThan(2)
    expect(Math.abs(before.y + before.height / 2 - drawn.y)).toBeLessThan(2)
  }
})
