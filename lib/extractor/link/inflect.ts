/**
 * English inflection for name matching: the other forms a name's last word takes in running
 * text ("Credit Cards" ↔ "credit card", "Retry" ← "retries", "Plan" ← "planned",
 * "Chunking" ← "chunks"). Only inflection: -s/-es/-ies, -ed and -ing, with a final e dropped or a
 * consonant doubled. Derivation changes the meaning and stays apart ("provider" is not "provides",
 * "optimizer" is not "optimization"), so a form counts only when it is built by those endings from
 * the word or from a base with the word's Porter2 stem (the stemmer concepts/english.ts uses),
 * which rules out look-alikes such as "bia" from "bias" or "new" from "news". A form no one
 * writes ("newsed") may be generated; it never matches text, so it costs nothing.
 */
import { stemKey } from '../concepts/english'

const SIBILANT = /(s|x|z|ch|sh)$/
// One syllable ending consonant–vowel–consonant: the consonant doubles (plan → planned).
const SHORT_CVC = /^[^aeiouy]*[aeiou][^aeiouwxy]$/
const VOWEL = /[aeiouy]/

/** Words an inflected `word` may come from: itself, and what is left after an inflectional ending. */
function basesOf(word: string): string[] {
  const bases = [word]
  const strip = (ending: string, add = ''): void => {
    if (word.endsWith(ending) && word.length - ending.length >= 2)
      bases.push(word.slice(0, -ending.length) + add)
  }
  if (!/(ss|us|is)$/.test(word)) strip('s')
  strip('es')
  strip('ies', 'y')
  for (const ending of ['ed', 'ing']) {
    if (!word.endsWith(ending)) continue
    const stem = word.slice(0, -ending.length)
    // "planned" → plan, "encoded" → encode, "chunking" → chunk.
    if (/(.)\1$/.test(stem)) bases.push(stem.slice(0, -1))
    bases.push(stem, `${stem}e`)
  }
  if (word.endsWith('ied')) bases.push(`${word.slice(0, -3)}y`)
  return bases.filter((base) => VOWEL.test(base))
}

/** The inflected forms of a base word. */
function formsOf(base: string): string[] {
  const forms = [base, SIBILANT.test(base) ? `${base}es` : `${base}s`]
  if (/[^aeiou]y$/.test(base)) {
    const stem = base.slice(0, -1)
    forms.push(`${stem}ies`, `${stem}ied`, `${base}ing`)
  } else if (base.endsWith('e')) {
    forms.push(`${base}d`, `${base.slice(0, -1)}ing`)
  } else {
    forms.push(`${base}ed`, `${base}ing`)
    // A short final syllable doubles its consonant: plan → planned, planning.
    if (SHORT_CVC.test(base)) forms.push(`${base}${base.slice(-1)}ed`, `${base}${base.slice(-1)}ing`)
  }
  return forms
}

/**
 * Every other inflection of a lower-case English word that shares its Porter2 stem, in a stable
 * order; empty for words too short to inflect safely (fewer than 3 letters) or not made of letters.
 */
export function inflectionsOf(word: string): string[] {
  if (!/^[a-z]{3,}$/.test(word)) return []
  const found = new Set<string>()
  // Only a base cut out of the word needs its stem checked ("bias" is no plural of "bia"); most
  // words are their only base, so a long glossary stems few of them.
  const bases = basesOf(word)
  const stem = bases.length > 1 ? stemKey(word) : ''
  for (const base of bases) {
    if (base !== word && stemKey(base) !== stem) continue
    for (const form of formsOf(base)) if (form !== word && form.length >= 3) found.add(form)
  }
  return [...found]
}

/**
 * The start every inflection of `word` shares ("plan" for planned, "retr" for retry, "chunk" for
 * chunking): text is searched for it, and a hit is an inflection when the whole word it starts is
 * one of `inflectionsOf(word)`.
 */
export function inflectionRoot(word: string): string {
  let root = word.replace(/(?:ies|ied)$/, '').replace(/(?:ing|ed|es|s)$/, '')
  if (/([^aeiouy])\1$/.test(root)) root = root.slice(0, -1)
  if (/[ey]$/.test(root)) root = root.slice(0, -1)
  return root.length >= 3 ? root : word
}
