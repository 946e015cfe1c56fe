'use client'
import { useState } from 'react'
import type { Problem } from '@/lib/explorer/url-state'
import { useMessages } from './messages-context'

/** Visible, dismissible notices for URL values that were ignored; each names the value. */
export function Notices({ problems }: { problems: Problem[] }) {
  const [dismissed, setDismissed] = useState<Set<string>>(() => new Set())
  const key = (p: Problem) => `${p.param}=${p.value}`
  const shown = problems.filter((p) => !dismissed.has(key(p)))
  const m = useMessages()
  return (
    <div className="notices" role="status" aria-live="polite">
      {shown.map((p) => (
        <p key={key(p)} className="notice">
          <span>
            {m.notices.ignoredBefore}
            <code>{p.param}</code>
            {m.notices.ignoredAfter}
            {p.message(m)}
          </span>
          <button
            type="button"
            className="icon-button"
            aria-label={m.notices.dismiss(p.message(m))}
            onClick={() => setDismissed((d) => new Set(d).add(key(p)))}
          >
            ×
          </button>
        </p>
      ))}
    </div>
  )
}
