/**
 * Finds every term named in a text, in one pass: an Aho–Corasick automaton over all
 * names of all terms (so cost grows with text length, not with terms × terms).
 *
 * Rules: Latin names only on word boundaries (RL is not inside "URL"; a Chinese character
 * is a boundary, so `基于MQA改进` finds MQA); plural "s"/"es" allowed ("Transformers"), and the
 * other inflections of an English name's last word ("credit card" for "Credit Cards", "planned"
 * for "Plan", "chunks" for "Chunking"; see inflect.ts), a name as written winning over an
 * inflection; the longest name wins where names overlap (因果解码器 before 解码器).
 * A short capitalised abbreviation ("TL", "AE", "SVM") is found only as written, in capitals, and
 * not as part of a hyphenated abbreviation ("TF" is not in "TF-IDF").
 *
 * Where the text is prose (a definition), the term's own names take part in the overlap rule and
 * are then dropped, so "Bias terms are…" in the entry Bias term does not mention Bias. Where the
 * text is one of the term's names (its Chinese name, its full name), another term's name inside it
 * counts only as the name's head, the part that says what the term is: 因果解码器 names 解码器 and
 * "Reinforcement Learning from Human Feedback" names Reinforcement Learning, but 机器人学 does not
 * name 机器人 and 推理+行动 does not name 推理; before a generic head (框架, "model") the name is the
 * content ("自动化机器学习框架" names 自动化机器学习). In prose, a translation in brackets right after a
 * name that is none of the term's names means another sense of the word (bracket-sense.ts).
 */
import AhoCorasick, { type Match } from 'modern-ahocorasick'
import { isWordChar } from '../prose'
import { ENGLISH_HEAD_WORDS, HEAD_WORDS } from '../concepts/stopwords'
import { createBracketSense } from './bracket-sense'
import { inflectionRoot, inflectionsOf } from './inflect'
import { nameVariants, toMatchText } from './match-text'

export interface NamedThing {
  /** Every name it can be mentioned by. */
  aliases: readonly string[]
  /** Its own names (a term's label, full and Chinese name), which win a name it shares with another thing. */
  label?: string
  expansion?: string
  gloss?: string
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

/** What the searched text is: running prose, or one of the `self` term's own names. */
export type TextKind = 'prose' | 'name'

export interface NameMatcher {
  /** Non-overlapping mentions in `text`, leftmost-longest, never of `self`. */
  find(text: string, self?: number, kind?: TextKind): NameMatch[]
}

interface PatternInfo {
  target: number
  name: string
  /** Found through an inflection of the name, which loses to a name as written. */
  inflected: boolean
  /** A short abbreviation, matched only as written. */
  exact: boolean
  /** One of the thing's own names rather than a further alias. */
  own: boolean
  /**
   * For the root of an inflected name's last word: that word, and (once asked for) its inflections.
   * The pattern ends at the root; a hit counts when the text's whole word is an inflection.
   */
  inflection?: { word: string; root: string; forms?: ReadonlySet<string> }
}

interface Candidate extends NameMatch {
  inflected: boolean
  own: boolean
}

/** Two or three capitals or digits ("TL", "AE", "SVM", "L1"): too short to match in any case. */
const SHORT_ABBREVIATION = /^(?=.*[A-Z])[A-Z0-9]{2,3}$/
/** The words after a head that only qualify it: "Learning from Human Feedback". */
const AFTER_HEAD =
  /^\s*(?:$|[)）\]】,，;；:：/／(（]|(?:of|for|from|with|in|on|to|by|via|using|over|under|between|through|into|within|without|against)\b)/i
/** A generic head ("框架", "framework") says only that the name before it is the content: "AutoML 框架" names AutoML. */
const GENERIC_HEAD = new RegExp(
  `^\\s*(?:${[...HEAD_WORDS, ...ENGLISH_HEAD_WORDS].join('|')})s?(?=$|[^\\p{L}\\p{N}])`,
  'iu',
)

/** Whether a name found inside another name, ending before `rest`, is that name's head. */
const endsHead = (rest: string): boolean =>
  AFTER_HEAD.test(rest) || (GENERIC_HEAD.test(rest) && AFTER_HEAD.test(rest.replace(GENERIC_HEAD, '')))

export function createNameMatcher(
  things: readonly NamedThing[],
  options: Partial<NameMatcherOptions> = {},
): NameMatcher {
  const { minNameLength } = { ...defaultNameMatcherOptions, ...options }
  const patterns: string[] = []
  const infos: PatternInfo[][] = []
  const indexOf = new Map<string, number>()

  const add = (pattern: string, info: PatternInfo): void => {
    if ([...pattern].length < minNameLength) return
    let index = indexOf.get(pattern)
    if (index === undefined) {
      index = patterns.length
      indexOf.set(pattern, index)
      patterns.push(pattern)
      infos.push([])
    }
    const list = infos[index]
    if (!list || list.some((o) => o.target === info.target && o.inflection?.word === info.inflection?.word))
      return
    list.push(info)
  }
  things.forEach((thing, target) => {
    const ownNames = [thing.label, thing.expansion, thing.gloss]
    for (const name of thing.aliases) {
      const exact = SHORT_ABBREVIATION.test(name.normalize('NFKC').trim())
      const own = ownNames.includes(name)
      for (const variant of nameVariants(name)) {
        add(variant, { target, name, inflected: false, exact, own })
        const lastSpace = variant.lastIndexOf(' ')
        const word = variant.slice(lastSpace + 1)
        if (exact || /[A-Z]{2}\S*$/.test(name) || !/^[a-z]{3,}$/.test(word)) continue
        const root = inflectionRoot(word)
        add(variant.slice(0, lastSpace + 1) + root, {
          target,
          name,
          inflected: true,
          exact,
          own,
          inflection: { word, root },
        })
      }
    }
  })
  const automaton = patterns.length > 0 ? new AhoCorasick(patterns) : undefined
  const agrees = createBracketSense(things)

  return {
    find(text, self, kind = 'prose') {
      if (!automaton) return []
      const folded = toMatchText(text)
      const candidates: Candidate[] = []
      for (const hit of searchAll(automaton, folded.text)) {
        const asWritten = extendOverPlural(folded.text, hit.start, hit.end)
        const start = folded.offsets[hit.start] ?? 0
        const written = text.slice(start, (folded.offsets[hit.end - 1] ?? text.length - 1) + 1)
        for (const info of infos[hit.patternIndex] ?? []) {
          // A name inside another name is written as that name: "Checkpointing" is no Checkpoint.
          if (kind === 'name' && (info.target === self || info.inflected)) continue
          const end = info.inflection
            ? inflectedEnd(folded.text, hit.start, hit.end, info.inflection)
            : asWritten
          if (end === undefined) continue
          if (info.exact && !isExactAbbreviation(text, start, written, info.name)) continue
          candidates.push({
            target: info.target,
            start,
            end: folded.offsets[end] ?? text.length,
            name: info.name,
            inflected: info.inflected,
            own: info.own,
          })
        }
      }
      const kept = leftmostLongest(candidates, self).filter(
        (m) =>
          m.target !== self &&
          (kind === 'name' ? endsHead(text.slice(m.end)) : agrees(text, m.end, m.target)),
      )
      return kept.map(({ target, start, end, name }) => ({ target, start, end, name }))
    },
  }
}

/**
 * A short abbreviation is found as written (capitals, so "tl" is not TL) and not glued by a
 * hyphen to another run of capitals: "TF-IDF" is one abbreviation, not TF followed by IDF.
 */
function isExactAbbreviation(text: string, start: number, written: string, name: string): boolean {
  if (written !== name.normalize('NFKC').trim()) return false
  const end = start + written.length
  return (
    !/[A-Z]{2}[-‐‑]$/.test(text.slice(Math.max(0, start - 4), start)) &&
    !/^[-‐‑][A-Z]{2}/.test(text.slice(end))
  )
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
  // A short text (every name, most definitions) is searched at once: a stream costs more to set up.
  if (text.length <= CHUNK) return automaton.search(text)
  const stream = automaton.createStream()
  const hits: Match[] = []
  for (let start = 0; start < text.length; start += CHUNK)
    hits.push(...stream.write(text.slice(start, start + CHUNK)))
  hits.push(...stream.finish())
  return hits
}

/**
 * The end of an inflection of a name found by its root at [start, end): the text's word must go on
 * to be one of the name word's inflections ("plan" + "ned"), else undefined.
 */
function inflectedEnd(
  text: string,
  start: number,
  end: number,
  inflection: NonNullable<PatternInfo['inflection']>,
): number | undefined {
  if (isWordChar(text.charAt(start)) && isWordChar(text.charAt(start - 1))) return undefined
  let wordEnd = end
  while (/[a-z]/.test(text.charAt(wordEnd))) wordEnd++
  if (isWordChar(text.charAt(wordEnd))) return undefined
  inflection.forms ??= new Set(inflectionsOf(inflection.word))
  return inflection.forms.has(inflection.root + text.slice(end, wordEnd)) ? wordEnd : undefined
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

/**
 * Resolve overlaps: earliest start first, then the longest, then a name as written over an
 * inflection, then another term over `self` (a name two terms share, in one's own definition,
 * names the other), then the thing whose own name it is over one that lists it as a further alias
 * (聊天机器人 is Chatbot's Chinese name and only an alias of Bot); remaining ties keep the
 * first-listed thing.
 */
function leftmostLongest(matches: Candidate[], self?: number): Candidate[] {
  matches.sort(
    (a, b) =>
      a.start - b.start ||
      b.end - a.end ||
      Number(a.inflected) - Number(b.inflected) ||
      Number(a.target === self) - Number(b.target === self) ||
      Number(b.own) - Number(a.own) ||
      a.target - b.target,
  )
  const kept: Candidate[] = []
  let covered = 0
  for (const match of matches) {
    if (match.start < covered) continue
    kept.push(match)
    covered = match.end
  }
  return kept
}
