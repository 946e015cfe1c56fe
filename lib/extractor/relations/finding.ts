/**
 * What the relation pattern readers (patterns-zh.ts, patterns-en.ts) take and give: mentions in
 * a text, and the relations the text states about them.
 */
import type { EdgeRelation } from '../../format/types'

export interface MentionAt {
  start: number
  end: number
  /** Index of the term named. */
  target: number
}

export interface RelationFinding {
  target: number
  relation: EdgeRelation
  /** Where in the text the mention stands (earlier findings win ties). */
  at: number
}

/** True when `text` is nothing but a cross-reference to the mention: `见 Server-Sent Events。`, `See RLHF.` */
export function isOnlyReference(text: string, m: MentionAt): boolean {
  const before = text.slice(0, m.start).trim()
  const after = text.slice(m.end).trim()
  return /^(见|参见|参看|同|即|see|see also|same as|cf\.?)$/i.test(before) && /^[。.]?$/.test(after)
}
