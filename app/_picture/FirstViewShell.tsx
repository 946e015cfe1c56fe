/**
 * The explorer as the static HTML shows it before JavaScript (server component): the same
 * toolbar, stage, legend and side panel boxes as the real explorer, so the graph picture sits
 * exactly where the canvas will draw. The controls are inert until the explorer replaces the
 * shell (app/_explorer/handover/PictureTakeover.tsx hides it and keeps the picture until Cytoscape has drawn).
 * Its inline script keeps the picture's clicks in the explorer meanwhile (picture-click-script.ts).
 */
import type { ReactNode } from 'react'
import Link from 'next/link'
import { legendOf } from '@/lib/explorer/legend'
import { relationsInGraph } from '@/lib/explorer/typed-relations'
import './picture.css'
import { ThemeToggle } from '../_components/ThemeToggle'
import { LegendKinds } from '../_components/LegendKinds'
import { allEdges, type Lookup } from '@/lib/explorer/lookup'
import type { Messages } from '@/lib/explorer/i18n/messages'
import { FIRST_PANEL_ATTRIBUTE, PICTURE_CLICK_SCRIPT } from '@/lib/explorer/picture-click-script'

/** Marks the shell for the takeover, which hides it once the real explorer is on screen. */
const SHELL_ATTRIBUTE = 'data-preview-shell'

/** The shell in the glossary's language (the explorer switches to the reader's once it takes over). */
export function FirstViewShell({
  lookup,
  m,
  children,
}: {
  lookup: Lookup
  m: Messages
  children: ReactNode
}) {
  const mentions = allEdges(lookup).filter((e) => e.kind === 'mention').length
  return (
    <div className="explorer preview-shell" {...{ [SHELL_ATTRIBUTE]: '' }}>
      {/* Before the picture, so no click on it is lost while the explorer starts. */}
      <script dangerouslySetInnerHTML={{ __html: PICTURE_CLICK_SCRIPT }} />
      {/* Look-alikes of the real controls, inert until the explorer replaces them: hidden from
          assistive technology (and tests), which find the real ones once they exist. */}
      <header className="toolbar" inert aria-hidden="true">
        <h1 className="brand">
          <Link href="/" prefetch={false}>
            {lookup.title}
          </Link>
        </h1>
        <div className="search">
          <input type="text" disabled placeholder={m.search.placeholder} aria-label={m.search.label} />
          <kbd className="search-hint" aria-hidden="true">
            /
          </kbd>
        </div>
        <div className="toolbar-actions">
          <button type="button" className="button" disabled>
            {m.toolbar.filters}
          </button>
          <button type="button" className="button" disabled>
            {m.toolbar.listView}
          </button>
          <ThemeToggle m={m.theme} />
        </div>
      </header>
      <div className="stage-row">
        <main className="stage" aria-label={m.stage.label}>
          <div className="stage-area">{children}</div>
          <details className="legend" open>
            <summary>
              {m.legend.title}
              <span className="legend-note">{m.legend.previewNote}</span>
            </summary>
            <ul>
              {legendOf(lookup).map((e) => (
                <li key={e.community}>
                  <span className="swatch" style={{ background: e.color }} aria-hidden="true" />
                  {m.legend.groupSize(e.name, e.size)}
                </li>
              ))}
              <LegendKinds m={m.legend} relations={relationsInGraph(lookup)} />
            </ul>
          </details>
        </main>
        <aside className="panel" inert aria-hidden="true">
          <div className="intro">
            <h2>{m.intro.heading(lookup.title)}</h2>
            <p>{m.intro.counts(lookup.terms.size, lookup.concepts.size, mentions)}</p>
          </div>
          {/* A term clicked on the picture before the explorer is up, filled in by the inline script
              (empty inner HTML: React leaves what the script puts there alone). */}
          <article
            className="term-panel"
            {...{ [FIRST_PANEL_ATTRIBUTE]: '', 'data-kind': m.panel.term }}
            dangerouslySetInnerHTML={{ __html: '' }}
          />
        </aside>
      </div>
    </div>
  )
}
