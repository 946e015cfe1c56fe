/**
 * The baseline for the explorer's first paint: a page that loads Cytoscape's UMD build and the
 * same /graph.json and draws it with the preset positions, nothing else (no React, no panels).
 * Its one interaction is the least a reader needs: tapping a node shows its definition in a box
 * over the graph (browser-click.ts, "see it, click it, read it").
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

export const BARE_PATH = '/__bench/bare.html'
const CYTOSCAPE_PATH = '/__bench/cytoscape.min.js'

const html = `<!doctype html>
<html><head><meta charset="utf-8"><title>bare cytoscape</title>
<style>html,body,#graph{margin:0;width:100%;height:100%}#definition{position:fixed;top:0;right:0;width:30%;background:#fff}</style></head>
<body><div id="graph"></div><p id="definition"></p>
<script src="${CYTOSCAPE_PATH}"></script>
<script>
fetch('/graph.json').then((r) => r.json()).then((g) => {
  const elements = []
  for (const n of g.nodes) elements.push({ group: 'nodes', data: { id: n.key, label: n.attributes.label, definition: n.attributes.definition || '' }, position: { x: n.attributes.x, y: n.attributes.y } })
  for (const e of g.edges) elements.push({ group: 'edges', data: { id: e.key, source: e.source, target: e.target } })
  window.cy = cytoscape({
    container: document.getElementById('graph'),
    elements,
    layout: { name: 'preset' },
    style: [{ selector: 'node', style: { label: 'data(label)', width: 12, height: 12 } }, { selector: 'edge', style: { width: 1 } }],
  })
  window.cy.on('tap', 'node', (e) => { document.getElementById('definition').textContent = e.target.data('definition') })
})
</script></body></html>`

/** In-memory routes for the static server: the page and Cytoscape's minified UMD build. */
export function bareRoutes(): Record<string, [string, string | Buffer]> {
  const require = createRequire(import.meta.url)
  const cytoscape = readFileSync(require.resolve('cytoscape/dist/cytoscape.min.js'))
  return {
    [BARE_PATH]: ['text/html; charset=utf-8', html],
    [CYTOSCAPE_PATH]: ['text/javascript; charset=utf-8', cytoscape],
  }
}
