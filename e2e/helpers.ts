/** Shared steps for the explorer stories: wait for the canvas, find and click nodes via window.cy. */
import { expect, type Page } from '@playwright/test'

/**
 * Waits until the Cytoscape core is exposed, drawn and no camera animation is running. The canvas
 * starts at the reader's first gesture (the static picture is the first view), so until it exists
 * this plays one: a pointer move on the window, where the explorer listens for it.
 */
export async function waitForGraph(page: Page) {
  await page.waitForFunction(() => {
    const cy = window.cy
    if (!cy) window.dispatchEvent(new PointerEvent('pointermove'))
    return Boolean(cy && cy.nodes().length > 0 && !cy.animated())
  })
}

/** Page coordinates of a node (its graph.json key), checked to be inside the canvas. */
export async function nodePoint(page: Page, id: string) {
  await waitForGraph(page)
  const p = await page.evaluate((key) => {
    const cy = window.cy
    const node = cy?.getElementById(key)
    const box = cy?.container()?.getBoundingClientRect()
    if (!cy || !node || node.empty() || !box) return null
    const r = node.renderedPosition()
    return {
      x: box.left + r.x,
      y: box.top + r.y,
      inside: r.x > 0 && r.y > 0 && r.x < box.width && r.y < box.height,
      cx: box.left + box.width / 2,
      cy: box.top + box.height / 2,
    }
  }, id)
  expect(p, `node ${id} is drawn`).not.toBeNull()
  return p ?? { x: 0, y: 0, inside: false, cx: 0, cy: 0 }
}

/** Clicks a node on the canvas like a user would. */
export async function clickNode(page: Page, id: string) {
  const p = await nodePoint(page, id)
  expect(p.inside, `node ${id} is inside the canvas`).toBe(true)
  await page.mouse.click(p.x, p.y)
}

/** Keys of the nodes on the canvas (filters take the others off it), sorted. */
export function visibleNodes(page: Page): Promise<string[]> {
  return page.evaluate(() => (window.cy?.nodes().map((n) => n.id()) ?? []).sort())
}

/** The detail panel (complementary landmark). */
export const panel = (page: Page) => page.getByRole('complementary')

/** Records any dialog (alert) or page error: nothing from the glossary may run. */
export function guard(page: Page): string[] {
  const events: string[] = []
  page.on('dialog', (d) => {
    events.push(`dialog: ${d.message()}`)
    void d.dismiss()
  })
  page.on('pageerror', (e) => events.push(`error: ${e.message}`))
  return events
}
