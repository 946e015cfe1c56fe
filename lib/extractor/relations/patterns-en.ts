/**
 * Typed relations an English definition states about a term it names. Each rule is a general
 * form of the language read around the mention, inside its clause (lower-cased):
 * - same-as: also known as M, also called M, same as M (but "same as M but …" builds on M), another name for M,
 *   a definition that is only "See M";
 * - contrast: unlike M, as opposed to M, in contrast to M, rather than M, an alternative to M, different from M;
 * - based-on: based on M, built on (top of) M, extends M, an extension/variant/version of M, improves on M,
 *   derived from M;
 * - part-of: part of M, a component/stage/step/layer of M, used in M, "In M, …" opening the definition;
 * - is-a: is a M, a type/kind/form of M, one of the M.
 */
import type { EdgeRelation } from '../../format/types'
import { isOnlyReference, type MentionAt, type RelationFinding } from './finding'
import { clausesOf, isChineseClause } from './clauses'
import { KIND_NOUNS, PART_NOUNS, VARIANT_NOUNS } from './words-en'

interface Context {
  /** The clause before the mention, lower case. */
  left: string
  /** The text after the mention up to the end of its sentence, lower case. */
  right: string
  /** The mention stands in the first English clause of the definition. */
  opensDefinition: boolean
  onlyReference: boolean
}

type Rule = (c: Context) => boolean

const words = (set: ReadonlySet<string>): string => [...set].join('|')
/** An optional article or possessive before the mention: "based on the Transformer". */
const ARTICLE = '(?:\\s+(?:the|a|an|its|their))?'
const ends = (pattern: string): RegExp => new RegExp(`\\b(?:${pattern})${ARTICLE}\\s*$`)

const SAME = ends(
  'also known as|also called|also referred to as|also termed|a\\.?k\\.?a\\.?|same as|synonym (?:of|for)|another (?:name|term|word) for|short for|equivalent to',
)
const CONTRAST = ends(
  'unlike|as opposed to|in contrast (?:to|with)|contrasted with|contrary to|(?:the )?opposite of|rather than|instead of|(?:an )?alternative to|differs from|different from|distinct from',
)
const BASED = ends(
  `based on|built on(?: top of)?|builds on|building on|on top of|extends|extending|derived from|derives from|improves (?:on|upon)|improving (?:on|upon)|modifies|simplifies|generalizes|generalises|inspired by|(?:${words(VARIANT_NOUNS)})s? (?:of|to|on|over)`,
)
const PART = ends(`part of|(?:${words(PART_NOUNS)})s? (?:of|in|within)|used (?:in|inside|within)|belongs to`)
const KIND = ends(`is (?:a|an)|(?:${words(KIND_NOUNS)}) of|one of|an instance of|a member of`)

/** What turns "the same as M" into "M, changed". */
const CHANGED = /^\s*,?\s*(but|except|with|without|plus)\b/

const RULES: ReadonlyArray<[EdgeRelation, Rule]> = [
  ['same-as', ({ left, right, onlyReference }) => (SAME.test(left) && !CHANGED.test(right)) || onlyReference],
  ['contrast', ({ left }) => CONTRAST.test(left)],
  // "Same as RLHF but AI labels the preferences": that thing, changed.
  ['based-on', ({ left, right }) => BASED.test(left) || (SAME.test(left) && CHANGED.test(right))],
  [
    'part-of',
    ({ left, opensDefinition }) => PART.test(left) || (opensDefinition && /^\s*in\s*(the\s+)?$/.test(left)),
  ],
  ['is-a', ({ left }) => KIND.test(left)],
]

/** Where the sentence around `from` ends ("Same as RLHF, but …" reads past the comma). */
const sentenceEnd = (text: string, from: number): number => {
  const end = /[.;:!?。；：\n]/.exec(text.slice(from))
  return end ? from + end.index : text.length
}

/** Relations stated about the terms mentioned in `text` (an English definition or name). */
export function englishRelations(text: string, mentions: readonly MentionAt[]): RelationFinding[] {
  const clauses = clausesOf(text)
  const firstEnglish = clauses.find((c) => !isChineseClause(c))
  const found: RelationFinding[] = []
  for (const m of mentions) {
    const clause = clauses.find((c) => c.start <= m.start && m.end <= c.end)
    if (!clause || isChineseClause(clause)) continue
    const context: Context = {
      left: text.slice(clause.start, m.start).toLowerCase(),
      right: text.slice(m.end, sentenceEnd(text, m.end)).toLowerCase(),
      opensDefinition: clause === firstEnglish,
      onlyReference: isOnlyReference(text, m),
    }
    const rule = RULES.find(([, test]) => test(context))
    if (rule) found.push({ target: m.target, relation: rule[0], at: m.start })
  }
  return found
}
