/**
 * The form in which names and definitions are compared: lower case, and hyphens,
 * underscores and runs of spaces folded to one space ("Muti-head" = "muti head").
 * Keeps a map back to the original offsets so evidence is quoted as written.
 */

export interface MatchText {
  text: string
  /** `offsets[i]` is the index in the original string of `text[i]`; one extra entry for the end. */
  offsets: number[]
}

const FOLD_TO_SPACE = /[\s\-_‐‑‒–—]/

/** Fold `original` for matching. Text is assumed NFKC-normalised already. */
export function toMatchText(original: string): MatchText {
  // Characters collected in an array and joined once: `text.endsWith` on a growing string
  // flattens it on every call, which made long definitions quadratic.
  const chars: string[] = []
  const offsets: number[] = []
  for (let i = 0; i < original.length; i++) {
    const ch = original.charAt(i)
    if (FOLD_TO_SPACE.test(ch)) {
      if (chars[chars.length - 1] === ' ') continue
      chars.push(' ')
    } else {
      chars.push(ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch)
    }
    offsets.push(i)
  }
  offsets.push(original.length)
  return { text: chars.join(''), offsets }
}

/** The folded spellings a name is found by: as written, and with its spaces removed ("Layer Norm" → "layernorm"). */
export function nameVariants(name: string): string[] {
  const spaced = toMatchText(name.normalize('NFKC')).text.trim()
  const joined = spaced.replace(/ /g, '')
  return joined !== spaced && /^[a-z0-9 ]+$/.test(spaced) ? [spaced, joined] : [spaced]
}
