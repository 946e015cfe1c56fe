/**
 * Finds every term named in a text, in one pass: an Aho–Corasick automaton over all
 * names of all terms (so cost grows with text length, not with terms × terms).
 *
 * Rules: Latin names only on word boundaries (RL is not inside "URL"; a Chinese character
 * is a boundary, so `基于MQA改进` finds MQA); plural "s"/"es" allowed ("Transformers");
 * the longest name wins where names overlap (因果解码器 before 解码器).
 */
import AhoCorasick, { type Match } from 'modern-ahocorasick'
import { isWordChar } from '../prose'
import { nameVariants, toMatchText } from './match-text'

export interface NamedThing {
  /** Every name it can be mentioned by. */
  aliases: readonly string[]
}

export interface NameMatch {
  /** Index of the named thing in the list the matcher was built from. */
  target: number
  /** Range in the original text. */
  start: number
  end: number
  /** The alias that matched, as written in the glossary. */
  name: string
}

export interface NameMatcherOptions {
  /** Names shorter than this are too ambiguous to link ("A", "Q"). Default 2. */
  minNameLength: number
}

const defaultNameMatcherOptions: NameMatcherOptions = { minNameLength: 2 }

export interface NameMatcher {
  /** Non-overlapping mentions in `text`, leftmost-longest, never of `self`. */
  find(text: string, self?: number): NameMatch[]
}

interface PatternInfo {
  target: number
  name: string
}

export function createNameMatcher(
  things: readonly NamedThing[],
  options: Partial<NameMatcherOptions> = {},
): NameMatcher {
  const { minNameLength } = { ...defaultNameMatcherOptions, ...options }
  const patterns: string[] = []
  const infos: PatternInfo[][] = []
  const indexOf = new Map<string, number>()

  things.forEach((thing, target) => {
    for (const name of thing.aliases) {
      for (const variant of nameVariants(name)) {
        if ([...variant].length < minNameLength) continue
        let index = indexOf.get(variant)
        if (index === undefined) {
          index = patterns.length
          indexOf.set(variant, index)
          patterns.push(variant)
          infos.push([])
        }
        const list = infos[index]
        if (list && !list.some((info) => info.target === target)) list.push({ target, name })
      }
    }
  })
  const automaton = patterns.length > 0 ? new AhoCorasick(patterns) : undefined

  return {
    find(text, self) {
      if (!automaton) return []
      const folded = toMatchText(text)
      const candidates: NameMatch[] = []
      for (const hit of searchAll(automaton, folded.text)) {
        const end = extendOverPlural(folded.text, hit.start, hit.end)
        if (end === undefined) continue
        for (const info of infos[hit.patternIndex] ?? []) {
          if (info.target === self) continue
          candidates.push({
            target: info.target,
            start: folded.offsets[hit.start] ?? 0,
            end: folded.offsets[end] ?? text.length,
            name: info.name,
          })
        }
      }
      return leftmostLongest(candidates)
    },
  }
}

// Fed to the automaton in pieces of this many UTF-16 units; see searchAll.
const CHUNK = 4096

/**
 * Every hit of the automaton in `text`, as `automaton.search(text)` would return them.
 * Fed through the library's stream in bounded pieces because `search` walks the whole text
 * with one Intl.Segmenter iterator, which is quadratic in the text's length on Node 20
 * (a 128,000-character definition took 30 s); the stream carries the automaton state and
 * an unfinished grapheme across pieces, so hits and their order are the same.
 */
function searchAll(automaton: AhoCorasick, text: string): Match[] {
  const stream = automaton.createStream()
  const hits: Match[] = []
  for (let start = 0; start < text.length; start += CHUNK)
    hits.push(...stream.write(text.slice(start, start + CHUNK)))
  hits.push(...stream.finish())
  return hits
}

/**
 * Checks the word boundaries of a hit at [start, end) and returns its end, moved past a
 * plural ending when there is one, or undefined when the hit is inside a longer word.
 */
function extendOverPlural(text: string, start: number, end: number): number | undefined {
  const first = text.charAt(start)
  const last = text.charAt(end - 1)
  if (isWordChar(first) && isWordChar(text.charAt(start - 1))) return undefined
  if (!isWordChar(last) || !isWordChar(text.charAt(end))) return end
  for (const suffix of ['s', 'es']) {
    if (/[a-z]/.test(last) && text.startsWith(suffix, end) && !isWordChar(text.charAt(end + suffix.length))) {
      return end + suffix.length
    }
  }
  return undefined
}

/** Resolve overlaps: earliest start first, then the longest; ties keep the first-listed thing. */
function leftmostLongest(matches: NameMatch[]): NameMatch[] {
  matches.sort((a, b) => a.start - b.start || b.end - a.end || a.target - b.target)
  const kept: NameMatch[] = []
  let covered = 0
  for (const match of matches) {
    if (match.start < covered) continue
    kept.push(match)
    covered = match.end
  }
  return kept
}
