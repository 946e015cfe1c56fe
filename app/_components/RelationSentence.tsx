import type { ReactNode } from 'react'

/**
 * One relation as a sentence in the reader's language: the message's three pieces around the
 * subject and the object ("", " 是一种 ", "" → "MQA 是一种 注意力机制"), each end rendered by the
 * caller (a link in the explorer, a plain link on a term page). No hooks: server and client render it.
 */
export function RelationSentence({
  parts,
  subject,
  object,
}: {
  parts: readonly [string, string, string]
  subject: ReactNode
  object: ReactNode
}) {
  const [before, between, after] = parts
  return (
    <span className="relation-sentence">
      {before}
      {subject}
      {between}
      {object}
      {after}
    </span>
  )
}
