'use client'
import { useState } from 'react'
import type { Problem } from '@/lib/explorer/url-state'

/** Visible, dismissible notices for URL values that were ignored; each names the value. */
export function Notices({ problems }: { problems: Problem[] }) {
  const [dismissed, setDismissed] = useState<Set<string>>(() => new Set())
  const key = (p: Problem) => `${p.param}=${p.value}`
  const shown = problems.filter((p) => !dismissed.has(key(p)))
  return (
    <div className="notices" role="status" aria-live="polite">
      {shown.map((p) => (
        <p key={key(p)} className="notice">
          <span>
            链接中的 <code>{p.param}</code> 参数已忽略：{p.message}
          </span>
          <button
            type="button"
            className="icon-button"
            aria-label={`关闭提示：${p.message}`}
            onClick={() => setDismissed((d) => new Set(d).add(key(p)))}
          >
            ×
          </button>
        </p>
      ))}
    </div>
  )
}
