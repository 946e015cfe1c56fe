/**
 * A text cut into clauses, the unit the relation readers look at: a relation pattern reads only
 * the clause its mention stands in, and the genus comes from the defining clause, the first one.
 */
import { hasHan } from '../../format/text'

export interface Clause {
  text: string
  start: number
  end: number
}

/** Chinese and English clause ends; an English full stop only before a space or the end (not in 0.5 or e.g.). */
const BREAK = /[，,。；;：:！!？?\n]|\.(?=\s|$)|\s[—–]\s/g

/** The clauses of `text`, trimmed, empty ones left out; offsets point into `text`. */
export function clausesOf(text: string): Clause[] {
  const out: Clause[] = []
  let last = 0
  const push = (from: number, to: number) => {
    const raw = text.slice(from, to)
    const lead = raw.length - raw.trimStart().length
    const body = raw.trim()
    if (body) out.push({ text: body, start: from + lead, end: from + lead + body.length })
  }
  for (const match of text.matchAll(BREAK)) {
    push(last, match.index)
    last = match.index + match[0].length
  }
  push(last, text.length)
  return out
}

/** Chinese enumeration and quotation marks: `GPTQ、AWQ` is written the Chinese way. */
const CJK_MARKS = /[、“”「」《》（）]/

/** True when a clause is Chinese (read by the Chinese rules) rather than English. */
export const isChineseClause = (clause: Clause): boolean => hasHan(clause.text) || CJK_MARKS.test(clause.text)

/** Words that open a second predicate of the same subject: `…所有位置，并按相关程度…的计算方式`. */
const CONTINUATION = /^(并且|并|且|而且|能够|能|可以|可)/

/** Where a sentence ends: a Chinese or English full stop, a semicolon, a question or exclamation mark. */
const SENTENCE_END = /[。；;！!？?\n]|\.(?=\s|$)/

/**
 * The clauses that may say what the term is, in the order to try them: the first clause; in
 * Chinese a later clause of the first sentence that carries on the same modifier, since it may run
 * over commas (`以大语言模型为大脑，能自己拆解任务…的程序`); and in a bilingual definition the first clause
 * of the other language (`the learning is from …，强化学习中将…`). A clause that only repeats one of
 * the term's names (`Direct Preference Optimization: …`) is skipped.
 */
export function definingClauses(text: string, isOwnName: (clause: string) => boolean): Clause[] {
  const clauses = clausesOf(text).filter((c) => !isOwnName(c.text))
  const first = clauses[0]
  if (!first) return []
  const sentenceEnd = SENTENCE_END.exec(text.slice(first.end))
  const end = sentenceEnd ? first.end + sentenceEnd.index : text.length
  // Only a clause that carries on the same modifier (并…, 能…) and ends it with 的 + noun.
  const sameSentence = isChineseClause(first)
    ? clauses.filter(
        (c) => c.start > first.start && c.end <= end && CONTINUATION.test(c.text) && c.text.includes('的'),
      )
    : []
  const other = clauses.find((c) => isChineseClause(c) !== isChineseClause(first))
  return [first, ...sameSentence, ...(other ? [other] : [])]
}
