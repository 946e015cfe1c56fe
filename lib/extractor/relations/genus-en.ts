/**
 * The genus of an English defining phrase: the head noun phrase of what the term is said to be.
 * `a parameter-efficient fine-tuning method that …` → fine-tuning method;
 * `A smooth activation function that …` → activation function; `The family of methods …` → method.
 *
 * The phrase must open the definition as a noun phrase (after a determiner, `is a`, or `a kind
 * of`), and what follows it must attach to it (a relative clause, a preposition, a participle, the
 * end): `A small draft model proposes …` is a sentence about something else and gives none, and so
 * does a definition that opens with a verb (`Freezes the weights …`, `Splitting raw text …`).
 * The genus is the run of nouns at the end of that phrase (adjectives dropped), lower case except
 * for names written with capitals, its last word singular.
 */
import { singular } from '../concepts/english'
import { isNameLike, tagEnglish, type EnglishToken } from './tag-en'
import {
  COMPARISON_OPENERS,
  DETERMINERS,
  IRREGULAR_PARTICIPLES,
  KIND_NOUNS,
  PART_NOUNS,
  PARTICIPLE_VERBS,
  PHRASE_LINKS,
  VARIANT_NOUNS,
} from './words-en'
import type { PhraseSpan } from './genus-zh'

export interface EnglishGenus extends PhraseSpan {
  /**
   * One capitalised word opening the definition without an article and then changed
   * (`LoRA trained on …`, `Adam with …`): when it names a term, a variant of it, not a kind.
   */
  bare: boolean
}

const lower = (t: EnglishToken | undefined): string => t?.word.toLowerCase() ?? ''
const isGerund = (t: EnglishToken): boolean => t.pos === 'VERB' && /ing$/i.test(t.word) && t.word.length > 4
const isParticiple = (t: EnglishToken): boolean =>
  t.pos === 'VERB' && (/(ed|en)$/i.test(t.word) || IRREGULAR_PARTICIPLES.has(t.word.toLowerCase()))
const isNoun = (t: EnglishToken): boolean => t.pos === 'NOUN' || t.pos === 'PROPN' || isGerund(t)
/** A word directly followed by "(" is a formula or a function name (`max(0, x)`), not part of a phrase. */
const beforeParen = (tokens: readonly EnglishToken[], i: number): boolean => {
  const next = tokens[i + 1]
  const here = tokens[i]
  return next?.word === '(' && here !== undefined && next.start === here.end
}

/**
 * "Stores weights …", "Encodes position …": a first word that is a verb, or a word in -s whose
 * stem is a verb and that takes an object, opens a sentence. ("Models trained on …" does not:
 * a participle follows, so "models" is a noun.)
 */
function opensWithVerb(tokens: readonly EnglishToken[], i: number): boolean {
  const word = tokens[i]
  if (!word) return false
  if (word.pos === 'VERB' && !isGerund(word) && !isParticiple(word)) return true
  if (!/[a-z]s$/i.test(word.word) || isNameLike(word.word)) return false
  const next = tokens[i + 1]
  if (!next || !/^(DET|NOUN|ADJ|PRON|NUM|PROPN)$/.test(next.pos) || PHRASE_LINKS.has(lower(next)))
    return false
  const lowered = word.word.toLowerCase()
  if (/ings$/.test(lowered)) return false
  const stems = [lowered.slice(0, -1), ...(lowered.endsWith('es') ? [lowered.slice(0, -2)] : [])]
  return stems.some((stem) => tagEnglish(`to ${stem}`)[1]?.pos === 'VERB')
}

/**
 * What may follow a defining noun phrase: a relative clause, a preposition, a participle, the
 * end; after a determined phrase also a clause without "that" (`The step size the optimizer takes`).
 */
function attaches(next: EnglishToken | undefined, determined: boolean): boolean {
  if (!next) return true
  if (determined && /^(DET|PRON)$/.test(next.pos)) return true
  if (/^(PUNCT|ADP|SCONJ|SYM)$/.test(next.pos)) return true
  if (PHRASE_LINKS.has(next.word.toLowerCase())) return true
  return isParticiple(next) || isGerund(next)
}

/**
 * The genus of an English defining phrase, or undefined when it does not say what kind of thing
 * the term is. `isName` tells the glossary's names: adjectives stay in the genus when they belong
 * to one (`A positional encoding that …` → positional encoding, where Positional Encoding is a term).
 */
export function englishGenus(
  text: string,
  isName: (phrase: string) => boolean = () => false,
): EnglishGenus | undefined {
  const tokens = tagEnglish(text)
  let i = 0
  if (['is', 'are'].includes(lower(tokens[i]))) i++
  const determined = DETERMINERS.has(lower(tokens[i]))
  if (determined) i++
  // "a type of X" names X's kind; "a part of X", "a variant of X" are relations, not kinds.
  for (;;) {
    const word = lower(tokens[i])
    if (lower(tokens[i + 1]) !== 'of' && lower(tokens[i + 1]) !== 'to') break
    if (KIND_NOUNS.has(singular(word))) {
      i += 2
      if (DETERMINERS.has(lower(tokens[i]))) i++
      continue
    }
    if (PART_NOUNS.has(singular(word)) || VARIANT_NOUNS.has(singular(word))) return undefined
    break
  }
  const opener = tokens[i]
  if (!opener || COMPARISON_OPENERS.has(lower(opener))) return undefined
  if (!determined && opensWithVerb(tokens, i)) return undefined
  // A gerund with an object is an action ("Splitting raw text"); alone it is a noun ("Training from scratch").
  const object = /^(DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(tokens[i + 1]?.pos ?? '')
  if (!determined && /ing$/i.test(opener.word) && object) return undefined

  // The noun phrase: adjectives, numbers, participles used as adjectives, nouns.
  let end = i
  let formula = false
  while (end < tokens.length) {
    const t = tokens[end]
    formula = beforeParen(tokens, end)
    if (!t || formula) break
    // After a noun an -ing word with an object starts a participle phrase ("architecture
    // underlying modern LLMs", "a model using attention"); "reinforcement learning from …" and
    // "data processing pipeline" stay one phrase.
    const previous = end > i ? tokens[end - 1] : undefined
    if (previous && isNoun(previous) && /ing$/i.test(t.word) && !t.word.includes('-')) {
      const object = /^(DET|ADJ|PRON|NUM|PROPN)$/.test(tokens[end + 1]?.pos ?? '')
      if (object || PARTICIPLE_VERBS.has(t.word.toLowerCase())) break
    }
    const adjective = t.pos === 'ADJ' || t.pos === 'NUM' || (isParticiple(t) && end === i)
    if (!isNoun(t) && !adjective) break
    end++
  }
  if (end === i || !(formula || attaches(tokens[end], determined))) return undefined
  if (lower(tokens[end]) === 'and' || lower(tokens[end]) === 'or') return undefined

  // The head: the nouns at the end of the phrase, at most two (a fine-tuning method).
  let start = end
  while (start > i && start > end - 2) {
    const t = tokens[start - 1]
    if (!t || !isNoun(t)) break
    start--
  }
  if (start === end) return undefined
  for (let k = i; k < start; k++) {
    const longer = tokens.slice(k, end)
    if (isName(text.slice(longer[0]?.start ?? 0, longer.at(-1)?.end ?? 0))) {
      start = k
      break
    }
  }
  const head = tokens.slice(start, end)
  const words = head.map((t, k) => {
    const word = isNameLike(t.word) ? t.word : t.word.toLowerCase()
    return k === head.length - 1 && !isNameLike(t.word) ? singular(word) : word
  })
  const first = head[0]
  const last = head.at(-1)
  if (!first || !last || last.word.length < 2) return undefined
  // "First training phase", "the core of …": a part or a version of something, which the patterns
  // read; a lone "component that …" is still a kind.
  const lastWord = singular(last.word.toLowerCase())
  const ofSomething = head.length > 1 || /^(of|in|within|to)$/i.test(tokens[end]?.word ?? '')
  if ((PART_NOUNS.has(lastWord) || VARIANT_NOUNS.has(lastWord)) && ofSomething) return undefined
  // "Adam with decoupled weight decay", "LoRA trained on a 4-bit base": that thing, changed.
  const next = tokens[end]
  const changed = next !== undefined && (/^(with|without|plus)$/i.test(next.word) || isParticiple(next))
  const bare = !determined && start === i && head.length === 1 && /^[A-Z]/.test(first.word) && changed
  return { text: words.join(' '), start: first.start, end: last.end, bare }
}
