import { Suspense } from 'react'
import Link from 'next/link'
import { Explorer } from './_explorer/Explorer'
import { loadGraph } from './_data/load-graph'
import { byLabel } from '@/lib/explorer/lookup'
import { SIZES } from '@/lib/format/settings'
import { preload } from 'react-dom'
import { FirstViewShell } from './_picture/FirstViewShell'
import { FirstView } from './_picture/FirstView'
import { withBasePath } from '@/lib/explorer/site-url'
import { siteLang } from './_data/site-lang'
import { messagesFor } from '@/lib/explorer/i18n/messages'

/**
 * The explorer page (server). The static HTML carries the explorer's first view as a picture
 * (FirstViewShell); the interactive part is a client leaf under Suspense (nuqs reads the URL) that
 * replaces it. Without JavaScript, readers keep the picture and get an index of term pages below.
 */
export default function Home() {
  const g = loadGraph()
  const lang = siteLang()
  const m = messagesFor(lang)
  const terms = [...g.terms.values()].sort(byLabel)
  // Start the graph download with the HTML instead of after hydration (same request the
  // explorer's fetch makes, so the browser reuses it).
  preload(withBasePath('/graph.json'), { as: 'fetch', crossOrigin: 'anonymous' })
  if (g.nodes.size >= SIZES.leanFirst)
    preload(withBasePath('/graph-view.json'), { as: 'fetch', crossOrigin: 'anonymous' })
  return (
    <>
      {/* The graph as a picture, before any JavaScript; the explorer takes over in place. */}
      <FirstViewShell lookup={g} m={m}>
        <FirstView m={m} />
      </FirstViewShell>
      <Suspense fallback={null}>
        <Explorer defaultLang={lang} />
      </Suspense>
      <noscript>
        <nav className="page" aria-label={m.index.label}>
          <h1>{g.title}</h1>
          <p>{m.index.noScript(terms.length)}</p>
          <ul className="term-index">
            {terms.map((t) => (
              <li key={t.id}>
                <Link href={`/term/${t.slug}/`}>{t.label}</Link>
                {t.gloss && <span className="muted"> {t.gloss}</span>}
              </li>
            ))}
          </ul>
        </nav>
      </noscript>
    </>
  )
}
