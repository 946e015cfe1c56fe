'use client'
/**
 * Under `npm run dev` only: watches build-report.json, which the extractor rewrites on every
 * save. A new graph is fetched in place by the explorer (lib/explorer/graph-changed.ts) or else
 * reloads the page (the whole view is in the URL, so the reader stays where they were); errors
 * and warnings show over the page, each at its file:line, until dismissed.
 */
import { useEffect, useState } from 'react'
import { checkBuildReport, type BuildReport } from '@/lib/format/build-report'
import { withBasePath } from '@/lib/explorer/site-url'
import { announceGraphChanged } from '@/lib/explorer/graph-changed'
import { messagesFor, type Lang } from '@/lib/explorer/i18n/messages'

// A local request for a small file: frequent enough that a save shows within a second.
const POLL_MS = 200
const DISMISSED = 'dev-overlay-dismissed'

export function DevOverlay({ lang }: { lang: Lang }) {
  const m = messagesFor(lang)
  const [report, setReport] = useState<BuildReport>()
  const [dismissed, setDismissed] = useState<string | null>(null)

  useEffect(() => {
    let last: string | undefined
    let lastGraph: string | undefined
    const poll = async () => {
      try {
        const text = await (await fetch(withBasePath('/build-report.json'), { cache: 'no-store' })).text()
        if (text === last) return
        const next = checkBuildReport(JSON.parse(text))
        if (lastGraph !== undefined && next.graphHash && next.graphHash !== lastGraph) {
          // The explorer refetches the graph in place; elsewhere, or while the static picture is
          // still up (the canvas takes over from it, so it must show the same graph), reload.
          const picture = document.querySelector('[data-preview-shell]:not([hidden])')
          if (picture || !announceGraphChanged()) {
            window.location.reload()
            return
          }
        }
        last = text
        lastGraph = next.graphHash ?? lastGraph
        setDismissed(sessionStorage.getItem(DISMISSED))
        setReport(next)
      } catch {
        // The extractor is writing the file, or the dev server is restarting: try again.
      }
    }
    void poll()
    const timer = window.setInterval(poll, POLL_MS)
    return () => window.clearInterval(timer)
  }, [])

  const shown = report?.diagnostics.filter((d) => d.severity !== 'note') ?? []
  const key = JSON.stringify(shown)
  if (shown.length === 0 || dismissed === key) return null
  const errors = shown.filter((d) => d.severity === 'error').length
  return (
    <aside className="dev-overlay" role="alert" aria-label={m.dev.label}>
      <header>
        <strong>{errors > 0 ? m.dev.errors(errors) : m.dev.warnings(shown.length)}</strong>
        <button
          type="button"
          className="button"
          onClick={() => {
            sessionStorage.setItem(DISMISSED, key)
            setDismissed(key)
          }}
        >
          {m.dev.close}
        </button>
      </header>
      <ul>
        {shown.map((d, i) => (
          <li key={i}>
            {/* Line 0: a problem with the whole file (it cannot be read, it is too big). */}
            <code>{d.line > 0 ? `${d.file}:${d.line}` : d.file}</code>{' '}
            <span className={d.severity}>{d.severity}</span> {d.message}
          </li>
        ))}
      </ul>
    </aside>
  )
}
