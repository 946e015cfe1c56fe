'use client'
import { useState } from 'react'

/** Copies the current address (the whole view) to the clipboard, announcing the result. */
export function CopyLink() {
  const [status, setStatus] = useState('')
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href)
      setStatus('已复制链接')
    } catch {
      // Clipboard may be blocked (insecure context, permissions): let the user copy by hand.
      window.prompt('复制这个链接：', window.location.href)
      setStatus('')
    }
    window.setTimeout(() => setStatus(''), 2000)
  }
  return (
    <>
      <button type="button" className="button" onClick={copy}>
        复制链接
      </button>
      <span className="copy-status" role="status" aria-live="polite">
        {status}
      </span>
    </>
  )
}
