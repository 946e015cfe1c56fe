/**
 * The graph as GraphML, so it opens in yEd, Cytoscape desktop and NetworkX. graphology-graphml
 * only parses, so this writes the few elements GraphML needs: typed <key>s, then nodes and
 * edges with <data> (the test reads the output back with graphology-graphml).
 */
import type { GlossaryGraph } from '../graph/build'
import { EDGE_COLUMNS, NODE_COLUMNS, flatEdge, flatNode, type FlatAttributes } from './flat-attributes'

const NUMERIC = new Set(['community', 'pagerank', 'degree', 'x', 'y'])

export function toGraphml(graph: GlossaryGraph): string {
  const nodeColumns = [...NODE_COLUMNS, 'x', 'y']
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...nodeColumns.map((name) => keyLine('node', name)),
    ...EDGE_COLUMNS.map((name) => keyLine('edge', name)),
    `<graph id="${escape(graph.getAttribute('title'))}" edgedefault="directed">`,
  ]
  graph.forEachNode((key, a) => {
    lines.push(`<node id="${escape(key)}">${dataOf('n', { ...flatNode(a), x: a.x, y: a.y })}</node>`)
  })
  graph.forEachEdge((key, a, source, target) => {
    lines.push(
      `<edge id="${escape(key)}" source="${escape(source)}" target="${escape(target)}">${dataOf('e', flatEdge(a))}</edge>`,
    )
  })
  lines.push('</graph>', '</graphml>', '')
  return lines.join('\n')
}

function keyLine(domain: 'node' | 'edge', name: string): string {
  const type = NUMERIC.has(name) ? (name === 'community' || name === 'degree' ? 'int' : 'double') : 'string'
  return `<key id="${domain.charAt(0)}_${name}" for="${domain}" attr.name="${name}" attr.type="${type}"/>`
}

function dataOf(prefix: 'n' | 'e', values: FlatAttributes): string {
  return Object.entries(values)
    .filter(([, value]) => value !== '')
    .map(([name, value]) => `<data key="${prefix}_${name}">${escape(String(value))}</data>`)
    .join('')
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}

/** XML text and attribute escaping; control characters XML 1.0 forbids are dropped. */
function escape(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch)
}
