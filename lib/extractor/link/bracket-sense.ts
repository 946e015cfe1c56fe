/**
 * The author's own gloss of a word decides which term it is. Bilingual text often follows a word
 * with its translation in brackets: `推理（Reasoning）`, `Bias (偏置)`. When the term a name
 * matched has names in the bracket's script and the bracket is none of them (推理 the term is
 * "Inference", not "Reasoning"), the author means another sense of the word, and it is no mention.
 * Names are compared by Porter2 stems on the Latin side ("finetune" is "Fine-tuning") and by
 * containment on the Chinese side.
 */
import { hasHan } from '../../format/text'
import { stemKey } from '../concepts/english'
import { toMatchText } from './match-text'

/** A bracket right after a mention, full- or half-width, on one line. */
const BRACKET_AFTER = /^\s?[（(]\s*([^（）()\n]{1,60}?)\s*[)）]/

/**
 * An English rendering of the word: words only, not an abbreviation (`（CNN）` may be an example
 * or the term's short name) and not an example (`(e.g. GPT)`).
 */
const isLatinGloss = (bracket: string): boolean =>
  /^[A-Za-z][A-Za-z -]*$/.test(bracket) &&
  /[a-z]/.test(bracket) &&
  !/^(e\.?g|i\.?e|such as|like|see|cf|for example|including)\b/i.test(bracket)

interface ScriptNames {
  latin: string[]
  han: string[]
}

const latinKey = (text: string): string => ` ${stemKey(toMatchText(text).text.replace(/[^a-z0-9 ]/g, ' '))} `
const hanKey = (text: string): string => text.replace(/[^\p{Script=Han}A-Za-z0-9]/gu, '').toLowerCase()

/** For each thing, its names split by script and folded for comparison. */
export function createBracketSense(things: ReadonlyArray<{ aliases: readonly string[] }>) {
  const names: ScriptNames[] = things.map(({ aliases }) => ({
    latin: aliases.filter((a) => !hasHan(a) && /[A-Za-z]/.test(a)).map(latinKey),
    han: aliases.filter(hasHan).map(hanKey),
  }))

  /** False when the bracket after [start, end) glosses the word as something `target` is not called. */
  return function agrees(text: string, end: number, target: number): boolean {
    const bracket = BRACKET_AFTER.exec(text.slice(end, end + 64))?.[1]
    const own = names[target]
    if (!bracket || !own) return true
    const written = text.slice(0, end)
    if (hasHan(bracket) && !hasHan(written.slice(-1))) {
      if (own.han.length === 0) return true
      const key = hanKey(bracket)
      return own.han.some((name) => name.includes(key) || key.includes(name))
    }
    if (isLatinGloss(bracket) && hasHan(written.slice(-1))) {
      if (own.latin.length === 0) return true
      const key = latinKey(bracket)
      return own.latin.some((name) => name.includes(key) || key.includes(name))
    }
    return true
  }
}
