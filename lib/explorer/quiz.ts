/**
 * The self-test (`/?view=quiz`): a term's definition with its own names blanked out, and four
 * terms to choose from. The distractors are the term's easy-to-confuse neighbours where it has
 * enough, else other terms; terms the reader knows come up a third as often. Deterministic: the
 * same glossary, round and known set give the same question.
 */
import { confusablesOf } from './confusable'
import { byLabel, type Lookup, type TermNode } from './lookup'
import { hashText } from './progress'

export interface Question {
  answer: TermNode
  /** The definition with every name of the answer replaced by `blank`. */
  text: string
  /** Four terms, the answer among them, in a shuffled but repeatable order. */
  choices: TermNode[]
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * `text` with each of `names` (longest first, any case) replaced by `blank`; a Latin name only as a
 * whole word, so blanking "RL" leaves "URL" alone.
 */
export function blankNames(text: string, names: readonly string[], blank: string): string {
  let out = text
  for (const name of [...new Set(names)]
    .filter((n) => n.trim().length > 0)
    .sort((a, b) => b.length - a.length)) {
    const latin = /^[\p{Script=Latin}\d]/u.test(name)
    const edge = latin ? '(?<![\\p{L}\\p{N}])' : ''
    const tail = latin ? '(?![\\p{L}\\p{N}])' : ''
    out = out.replace(new RegExp(`${edge}${escapeRegExp(name)}${tail}`, 'giu'), blank)
  }
  return out
}

/** The terms that can be asked: a definition that still says something once the names are blanked. */
export function askable(l: Lookup, blank: string): TermNode[] {
  return [...l.terms.values()]
    .filter((t) => {
      const text = blankNames(t.definition, t.aliases, blank).replaceAll(blank, '').trim()
      return [...text].length >= 4
    })
    .sort(byLabel)
}

/** A repeatable order of `items` for a seed: by the hash of seed and id. */
const shuffled = <T extends { id: string }>(items: readonly T[], seed: string): T[] =>
  [...items].sort((a, b) => hashText(`${seed}:${a.id}`).localeCompare(hashText(`${seed}:${b.id}`)))

/**
 * Question number `round` (0, 1, …). Known terms (slugs) come up less often: each unknown term
 * has three tickets, each known one. `previous` (a node key) is not asked twice in a row.
 */
export function questionFor(
  l: Lookup,
  round: number,
  known: ReadonlySet<string>,
  blank: string,
  previous?: string,
): Question | undefined {
  const pool = askable(l, blank)
  if (pool.length < 4 || l.terms.size < 4) return undefined
  const tickets = shuffled(pool, 'order').flatMap((t) => (known.has(t.slug) ? [t] : [t, t, t]))
  const at = Number.parseInt(hashText(`round:${round}`), 16) % tickets.length
  let answer = tickets[at]
  for (let step = 1; answer && answer.id === previous && step < tickets.length; step++)
    answer = tickets[(at + step) % tickets.length]
  if (!answer) return undefined
  const near = confusablesOf(l, answer.id, 3).map((c) => c.term)
  const others = shuffled(
    [...l.terms.values()].filter((t) => t.id !== answer.id && !near.some((n) => n.id === t.id)),
    `others:${round}`,
  )
  const distractors = [...near, ...others].slice(0, 3)
  return {
    answer,
    text: blankNames(answer.definition, answer.aliases, blank),
    choices: shuffled([answer, ...distractors], `choices:${round}`),
  }
}
