/**
 * The graph as GEXF 1.3 (graphology-gexf), so it opens in Gephi with the same layout,
 * node sizes by PageRank and every attribute as a column.
 */
import { write } from 'graphology-gexf'
import type { GlossaryGraph } from '../graph/build'
import { flatEdge, flatNode } from './flat-attributes'
import { NODE_DIAMETER, termDiameter } from '../../format/node-size'

export function toGexf(graph: GlossaryGraph): string {
  let [lo, hi] = [Infinity, -Infinity]
  graph.forEachNode((_key, a) => {
    if (a.kind === 'term') [lo, hi] = [Math.min(lo, a.pagerank), Math.max(hi, a.pagerank)]
  })
  return write(graph, {
    version: '1.3',
    formatNode: (_key, a) => ({
      label: a.label,
      attributes: flatNode(a),
      viz: {
        x: a.x,
        y: a.y,
        size: a.kind === 'concept' ? NODE_DIAMETER.concept : termDiameter(a.pagerank, lo, hi),
      },
    }),
    formatEdge: (_key, a) => ({ label: a.kind, attributes: flatEdge(a) }),
  })
}
