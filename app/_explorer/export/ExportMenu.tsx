'use client'
import type { Core } from 'cytoscape'
import { termsCsv, viewSvg, type DrawnEdge, type DrawnNode } from '@/lib/explorer/export'
import { flashcardsTsv } from '@/lib/explorer/flashcards'
import type { InView } from '@/lib/explorer/view'
import { withBasePath } from '@/lib/explorer/site-url'
import { useExplorer } from '../explorer-context'
import { useMessages } from '../messages-context'

/**
 * Export the view as the reader sees it: PNG (Cytoscape draws it), SVG (from the drawn
 * positions, for slides and print) and the terms in view as CSV; and the whole graph as built
 * (graph.json, GEXF for Gephi, GraphML for yEd).
 */
export function ExportMenu({ cy, inView }: { cy: Core | null; inView: InView }) {
  const { lookup } = useExplorer()
  const m = useMessages()
  const TEXT = m.export
  const name = fileName(lookup.title)
  const colour = (variable: string) => getComputedStyle(document.body).getPropertyValue(variable).trim()

  const png = () => {
    if (!cy) return
    const blob = cy.png({ full: true, scale: 2, bg: colour('--bg') || '#ffffff', output: 'blob' })
    download(blob, `${name}.png`)
  }
  const svg = () => {
    if (!cy) return
    // The view decides what is in it (hidden elements may still be drawn faded).
    const nodes: DrawnNode[] = []
    cy.nodes().forEach((n) => {
      if (!inView.nodes.has(n.id())) return
      nodes.push({
        ...n.position(),
        size: n.width(),
        color: String(n.style('background-color')),
        label: String(n.data('label') ?? ''),
        kind: n.data('kind') === 'concept' ? 'concept' : 'term',
      })
    })
    const edges: DrawnEdge[] = []
    cy.edges().forEach((e) => {
      if (!inView.edges.has(e.id())) return
      const [from, to] = [e.source().position(), e.target().position()]
      edges.push({ x1: from.x, y1: from.y, x2: to.x, y2: to.y, kind: String(e.data('kind')) })
    })
    const edgeColour = (kind: string) => String(cy.edges(`.${kind}`).first().style('line-color') || '#999999')
    const theme = {
      background: colour('--bg') || '#ffffff',
      text: colour('--text') || '#1a202c',
      edge: { mention: edgeColour('mention'), concept: edgeColour('concept') },
    }
    download(new Blob([viewSvg(nodes, edges, theme)], { type: 'image/svg+xml' }), `${name}.svg`)
  }
  const csv = () =>
    download(new Blob([termsCsv(lookup, inView.nodes)], { type: 'text/csv;charset=utf-8' }), `${name}.csv`)
  // Anki asks for the separator and reads UTF-8; one card per term in view.
  const flashcards = () =>
    download(
      new Blob([flashcardsTsv(lookup, inView.nodes, TEXT.flashKind)], {
        type: 'text/tab-separated-values;charset=utf-8',
      }),
      `${name}-flashcards.tsv`,
    )

  return (
    <details className="export-menu">
      <summary>{TEXT.summary}</summary>
      <div className="export-items">
        <button type="button" className="button" onClick={png} disabled={!cy}>
          {TEXT.png}
        </button>
        <button type="button" className="button" onClick={svg} disabled={!cy}>
          {TEXT.svg}
        </button>
        <button type="button" className="button" onClick={csv}>
          {TEXT.csv}
        </button>
        <button type="button" className="button" onClick={flashcards}>
          {TEXT.flashcards}
        </button>
        <p>
          {TEXT.whole}：
          <a href={withBasePath('/graph.json')} download>
            JSON
          </a>{' '}
          ·{' '}
          <a href={withBasePath('/graph.gexf')} download>
            GEXF
          </a>{' '}
          ·{' '}
          <a href={withBasePath('/graph.graphml')} download>
            GraphML
          </a>
        </p>
      </div>
    </details>
  )
}

/** An ASCII file name from the glossary title (Chinese titles fall back to "glossary"). */
function fileName(title: string): string {
  const ascii = title
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
  return `${ascii || 'glossary'}-view`
}

function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
