/**
 * Whether a phrase one edit away from a term's name is worth a misspelling warning. It is only
 * when a word of it that the name does not have is no word of everyday English (SUBTLEX has never
 * seen it: "transfomer", not "reset" for ResNet or "patch" for Batch) and no other form of a word of
 * the name (Porter2 stem: "tokenized" for Tokenizer, "Robotic" for Robotics). Words under three
 * letters ("top k" for Top-p) are never suspect: too many names are one letter apart.
 */
import { zipf } from '../concepts/frequency'
import { stemKey } from '../concepts/english'

/** True when `phrase` (folded, words split by spaces) may be a misspelling of `name` (folded). */
export function isSuspect(phrase: string, name: string): boolean {
  const nameWords = name.split(' ')
  const nameStems = new Set(nameWords.map(stemKey))
  return phrase
    .split(' ')
    .filter((word) => !nameWords.includes(word))
    .some((word) => word.length >= 3 && zipf(word) === 0 && !nameStems.has(stemKey(word)))
}
