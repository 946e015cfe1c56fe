/**
 * English words with their parts of speech (wink-nlp, the model the concept stage uses), with
 * offsets into the text. Hyphenated words are one word (`fine-tuning`, `parameter-efficient`),
 * tagged like their last part, and a capitalised first word is tagged as the lower-case word it
 * usually is (`Supervised fine-tuning` is not a proper noun).
 */
import winkNLP, { type WinkMethods } from 'wink-nlp'
import model from 'wink-eng-lite-web-model'

export interface EnglishToken {
  word: string
  /** Universal POS tag: NOUN, PROPN, VERB, ADJ, ADP, DET, PUNCT, … */
  pos: string
  start: number
  end: number
}

let nlp: WinkMethods | undefined
const load = (): WinkMethods => (nlp ??= winkNLP(model, ['pos']))

/** A word written with capitals inside it (LoRA, GPU, KV) is a name; "Supervised" is not. */
export const isNameLike = (word: string): boolean => /[A-Z]/.test(word.slice(1)) || /\d/.test(word)

/** Tokens of `text` in order; offsets point into `text`. */
export function tagEnglish(text: string): EnglishToken[] {
  const first = /[A-Za-z][\w-]*/.exec(text)
  // The model reads a capitalised sentence opener as a proper noun; lower-casing keeps offsets.
  const input =
    first && !isNameLike(first[0])
      ? text.slice(0, first.index) + first[0].toLowerCase() + text.slice(first.index + first[0].length)
      : text
  const winkNlp = load()
  const tokens = winkNlp.readDoc(input).tokens()
  const values = tokens.out()
  const tags = tokens.out(winkNlp.its.pos)
  const raw: EnglishToken[] = []
  let offset = 0
  values.forEach((value, i) => {
    const at = input.indexOf(value, offset)
    if (at < 0) return
    offset = at + value.length
    raw.push({ word: text.slice(at, offset), pos: String(tags[i] ?? ''), start: at, end: offset })
  })
  return joinHyphens(raw)
}

const JOINT = /^[-/+]+$/

/**
 * `fine` `-` `tuning` (or `C` `/` `C++`) written without spaces → one token `fine-tuning` with
 * the last word's tag (a noun when the last part is not a word).
 */
function joinHyphens(tokens: readonly EnglishToken[]): EnglishToken[] {
  const out: EnglishToken[] = []
  for (const token of tokens) {
    const previous = out.at(-1)
    const joint = (previous && /[-/+]$/.test(previous.word)) || JOINT.test(token.word)
    if (previous && previous.end === token.start && joint && /\w/.test(previous.word)) {
      previous.word += token.word
      previous.end = token.end
      if (/\w/.test(token.word)) previous.pos = /^[A-Za-z]/.test(token.word) ? token.pos : 'PROPN'
      else if (/\+$/.test(previous.word)) previous.pos = 'PROPN'
      // `single-file`, `open-weight`: a compound ending in a bare verb form qualifies a noun.
      if (previous.pos === 'VERB' && !/(ing|ed)$/.test(previous.word)) previous.pos = 'ADJ'
      continue
    }
    out.push({ ...token })
  }
  return out
}
