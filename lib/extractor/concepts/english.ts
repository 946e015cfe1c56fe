/**
 * English words of a definition, tagged with wink-nlp (its small English model: part of speech,
 * Porter2 stem; deterministic, pure JavaScript, ~250k tokens/s). Only the Latin parts of the text
 * are read: everything else (Chinese, masked mentions) becomes a break, so a bilingual definition
 * gives English phrases here and Chinese ones to jieba.
 */
import winkNLP, { type WinkMethods } from 'wink-nlp'
import model from 'wink-eng-lite-web-model'

/** One English word that may be part of a noun phrase. */
export interface EnglishWord {
  /** Lower case, singular: how the phrase is written as a label ("activation function"). */
  word: string
  /** As written, lower case. */
  surface: string
  /** Porter2 stem: how phrases are counted together ("tokenizer", "tokenization" → "token"). */
  stem: string
  /** A noun (or a noun-like -ing form) may end a phrase; an adjective may only start one. */
  noun: boolean
  /** An -ing form with no sign here of being a noun ("enabling faster inference", "converting text"). */
  verbal: boolean
  start: number
  end: number
}

let nlp: WinkMethods | undefined
const load = (): WinkMethods => (nlp ??= winkNLP(model, ['pos']))

// A stem costs ~12 µs and a glossary repeats its words: each word is stemmed once per run.
const stems = new Map<string, string>()

/** The model's Porter2 stemmer (wink's `its.stem` uses it too, but its type declaration is off). */
function porter2(word: string): string {
  const known = stems.get(word)
  if (known !== undefined) return known
  const stem: unknown = model.addons.stem
  if (typeof stem !== 'function') throw new Error('concepts/english: the wink model has no stemmer')
  const result = String(Reflect.apply(stem, undefined, [word]))
  stems.set(word, result)
  return result
}

/** Everything that is not Latin text breaks a sentence: "基于MQA改进" reads as "; MQA ;". */
const NON_LATIN_RUN = /[^\p{Script=Latin}\p{N}\s'’.,;:!?()"/&+-]+/gu

const NOUN_TAGS = new Set(['NOUN', 'PROPN'])
/** Before a noun: an article, an adjective or another noun ("the embedding", "KV caching"), a number. */
const BEFORE_NOUN = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'])
/** What may start a verb's object or clause: "ensuring that…", "converting text", "using them". */
const OBJECT_START = new Set(['DET', 'PRON', 'SCONJ', 'NOUN', 'PROPN', 'ADJ', 'NUM'])
const POSSESSIVE = new Set(['its', 'their', 'his', 'her', 'our', 'your', 'my'])
const ING_FORM = /^[A-Za-z][A-Za-z-]{2,}ings?$/
const WORD_SHAPE = /^[A-Za-z][A-Za-z0-9-]*$/

/**
 * The text with each non-Latin run blanked to one break and spaces, so offsets stay the same.
 * The break is "|", which wink always reads as a token of its own: ";" glued to a word reads as an
 * emoticon (";o" + "ften" from "—often").
 */
function latinView(text: string): string {
  return text.replace(NON_LATIN_RUN, (run) => `|${' '.repeat(run.length - 1)}`)
}

/**
 * Runs of adjacent noun-phrase words (nouns, -ing forms, adjectives); any other word or
 * punctuation ends a run. `isBreak` lets the caller drop words (stop words, everyday adjectives).
 *
 * An -ing form is a noun where it stands after an article or a possessive, in the plural, or after
 * an adjective or a noun with no object after it ("the embedding", "embeddings", "KV caching
 * reduces…"); elsewhere it may be a verb with its object ("converting text", "a method ensuring
 * that…") and is marked `verbal`. Its singular is added to `nominal` when it
 * is a noun here, so a caller can tell over a whole glossary which -ing words are ever nouns.
 */
export function englishRuns(
  text: string,
  isBreak: (w: EnglishWord, pos: string) => boolean,
  nominal?: Set<string>,
): EnglishWord[][] {
  if (!/[A-Za-z]/.test(text)) return []
  const winkNlp = load()
  const its = winkNlp.its
  const view = latinView(text)
  const tokens = winkNlp.readDoc(view).tokens()
  const values = tokens.out()
  const tags = tokens.out(its.pos)
  const spaces = tokens.out(its.precedingSpaces)
  const runs: EnglishWord[][] = [[]]
  let offset = 0
  values.forEach((value, i) => {
    offset += String(spaces[i] ?? '').length
    // Found in the text wink read (same offsets as `text`), so a break is found where it stands.
    const start = view.startsWith(value, offset) ? offset : view.indexOf(value, offset)
    offset = (start < 0 ? offset : start) + value.length
    const pos = String(tags[i] ?? '')
    const ing = pos !== 'ADJ' && ING_FORM.test(value)
    // The word before, across the hyphen of a compound ("fine-tuning", "KV-caching").
    const glued = values[i - 1] === '-' && !spaces[i] && !spaces[i - 1]
    const j = glued ? i - 2 : i - 1
    // …unless what follows may be its object ("a method ensuring that…", "a network converting text").
    const before = String(tags[j] ?? '')
    const nounHere =
      /ings$/i.test(value) ||
      before === 'DET' ||
      POSSESSIVE.has(String(values[j] ?? '').toLowerCase()) ||
      (BEFORE_NOUN.has(before) && !OBJECT_START.has(String(tags[i + 1] ?? '')))
    const noun = NOUN_TAGS.has(pos) || ing
    const word: EnglishWord = {
      word: singular(value.toLowerCase()),
      surface: value.toLowerCase(),
      stem: stemKey(value),
      noun,
      verbal: ing && !nounHere,
      start,
      end: start + value.length,
    }
    if (ing && nounHere) nominal?.add(word.word)
    const phraseWord = start >= 0 && WORD_SHAPE.test(value) && (noun || pos === 'ADJ')
    if (!phraseWord || isBreak(word, pos)) {
      if ((runs.at(-1)?.length ?? 0) > 0) runs.push([])
    } else runs.at(-1)?.push(word)
  })
  return runs.filter((run) => run.length > 0)
}

/** Porter2 stems of a phrase, the key English occurrences are counted under. */
export function stemKey(phrase: string): string {
  return (
    phrase
      .split(/[\s_-]+/)
      .filter(Boolean)
      // An abbreviation's plural is its capitals plus "s" ("GPUs", "LLMs"), which Porter2 keeps.
      .map((word) => porter2((/^[A-Z][A-Z0-9]+s$/.test(word) ? word.slice(0, -1) : word).toLowerCase()))
      .join(' ')
  )
}

/** English plural → singular, enough for labels ("policies" → "policy"). */
export function singular(word: string): string {
  if (word.length <= 3 || /(ss|us|is)$/.test(word)) return word
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (/(sh|ch|x)es$/.test(word)) return word.slice(0, -2)
  return word.endsWith('s') ? word.slice(0, -1) : word
}
