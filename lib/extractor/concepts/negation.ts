/**
 * Where a definition denies something: "grants do not require repayment", "无需偿还". A word in
 * the scope of a negation does not make its term a member of that concept (a grant is no
 * repayment term). The scope runs from the negating word to the end of its clause.
 *
 * English negators are matched as words ("not", "no", "never", "without", "n't"; "not only" is no
 * negation). Chinese ones must be a whole jieba token (不, 没有, 无需, 并非, 无法, 未, 非…), so 不同
 * or 不仅 negate nothing.
 */
import type { Span } from '../link/addresses'
import type { Token } from './segment'

const ENGLISH_NEGATOR =
  /\b(?:not(?!\s+(?:only|just|merely)\b)|no|never|without|neither|nor|cannot)\b|n['’]t\b/gi
const CHINESE_NEGATORS = new Set([
  '不',
  '没',
  '没有',
  '无',
  '无需',
  '无须',
  '无法',
  '并非',
  '不是',
  '不会',
  '不能',
  '不必',
  '不用',
  '不需要',
  '未',
  '非',
  '勿',
])
const CLAUSE_END = /[，,。；;！!？?\n]/

/** The negated spans of `text`, in order; `tokens` are its jieba tokens. */
export function negatedSpans(text: string, tokens: readonly Token[]): Span[] {
  const starts = [...text.matchAll(ENGLISH_NEGATOR)].map((m) => m.index + m[0].length)
  for (const token of tokens) if (CHINESE_NEGATORS.has(token.word)) starts.push(token.end)
  starts.sort((a, b) => a - b)
  const spans: Span[] = []
  for (const start of starts) {
    const last = spans.at(-1)
    // A negator inside a scope already found adds nothing; skipping it keeps this linear.
    if (last && start < last.end) continue
    let end = start
    while (end < text.length && !CLAUSE_END.test(text.charAt(end))) end++
    spans.push({ start, end })
  }
  return spans
}

/** Whether `at` lies in one of `spans` (sorted, disjoint). */
export function isInside(spans: readonly Span[], at: number): boolean {
  let low = 0
  let high = spans.length
  while (low < high) {
    const mid = (low + high) >> 1
    if ((spans[mid]?.end ?? 0) <= at) low = mid + 1
    else high = mid
  }
  const span = spans[low]
  return span !== undefined && span.start <= at
}
