'use client'
import { useMessages } from '../messages-context'
import { useState } from 'react'

/** Copies the current address (the whole view) to the clipboard, announcing the result. */
export function CopyLink() {
  const m = useMessages()
  const [status, setStatus] = useState('')
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href)
      setStatus(m.copy.done)
    } catch {
      // Clipboard may be blocked (insecure context, permissions): let the user copy by hand.
      window.prompt(m.copy.prompt, window.location.href)
      setStatus('')
    }
    window.setTimeout(() => setStatus(''), 2000)
  }
  return (
    <>
      <button type="button" className="button" onClick={copy}>
        {m.copy.button}
      </button>
      <span className="copy-status" role="status" aria-live="polite">
        {status}
      </span>
    </>
  )
}
