/**
 * One entry's text → its names and definition.
 *
 * The glossary writes `label，[expansion的简写，][中文名，]definition` with "，", ", " or ","
 * between fields. Fields are recognised by shape, not position, because entries leave
 * any of them out: `RL，Reinforcement Learning的简写，强化学习`, `decoder，解码器`,
 * `KV Cache，是大模型推理优化的一个常用技术…`.
 */
import { hasHan, isHan } from '../../format/text'
import { isLatinPhrase, stripTrailingPunctuation } from '../prose'

export interface EntryFields {
  label: string
  expansion?: string
  gloss?: string
  definition: string
  /** Names given in parentheses: "Perplexity（PPL）" → ["PPL"]. */
  parenAliases: string[]
}

/** Separators between fields; a comma between digits ("1,000") is not one. */
const SEPARATOR = /，|(?<!\d),|,(?!\d)/g

/** "Byte Pair Encoding的简写", "Supervised Fine-Tuning简写", "…的简称". */
const ABBREVIATION_OF = /^(.+?)\s*(?:的)?(?:简写|简称|缩写|缩略语|缩略)$/

/** A definition, not a name, starts like this ("一种激活函数", "是大模型…", "基于MQA改进…"). */
const DEFINITION_START = /^(一种|一个|一类|[两几多各这某]种|是|从|用|在|基于|通过|将|以|由|为|把|当|可)/
/** Verbs that make a phrase a sentence about the term rather than its Chinese name. */
const DEFINITION_VERB = /(提出|开源|发布|提供|用于|使用|包括|可以|通过|一般指|表示)/

const PAREN_ALIAS = /\s*[（(]([^（）()]+)[）)]\s*$/

interface Segment {
  text: string
  /** Offset of the segment in the entry text, so the definition keeps its own punctuation. */
  start: number
}

/** Split an entry into fields. Returns undefined when it has no name at all ("- ，…"). */
export function parseEntryFields(entryText: string): EntryFields | undefined {
  const text = stripTrailingPunctuation(entryText)
  const segments = splitSegments(text)
  const first = segments.shift()
  if (!first || !first.text) return undefined
  const parenAliases: string[] = []
  const label = takeParenAlias(first.text, parenAliases)

  let expansion: string | undefined
  const abbreviation = segments[0] && ABBREVIATION_OF.exec(segments[0].text)
  if (abbreviation?.[1]) {
    expansion = takeParenAlias(abbreviation[1], parenAliases)
    segments.shift()
  } else if (segments[0] && isExpansionOf(label, segments[0].text)) {
    expansion = takeParenAlias(segments[0].text, parenAliases)
    segments.shift()
  }

  let gloss: string | undefined
  if (segments[0] && isGloss(segments[0].text, segments.length)) {
    gloss = takeParenAlias(segments[0].text, parenAliases)
    segments.shift()
  }

  const definition = segments[0] ? text.slice(segments[0].start).trim() : ''
  return { label, expansion, gloss, definition, parenAliases }
}

/**
 * Names written at the start of a definition that was given apart from its head:
 * `### Agent` + "智能体，以大模型为核心…" (a Chinese name), `- MCP：Model Context Protocol，…`
 * (an English full name whose initials spell the label). Only what the head did not give.
 */
export function leadingNames(
  label: string,
  definition: string,
  known: { expansion?: string; gloss?: string },
): { expansion?: string; gloss?: string; definition: string } {
  const segments = splitSegments(definition)
  let expansion: string | undefined
  let gloss: string | undefined
  const first = segments[0]
  // `**AI** - Artificial Intelligence (人工智能)`: the full name may carry the Chinese name in brackets.
  const bracket = first ? PAREN_ALIAS.exec(first.text) : null
  const inner = bracket?.[1]?.trim()
  const chinese = inner && !known.gloss && !hasHan(label) && isGloss(inner, 2) ? inner : undefined
  const base = chinese && bracket ? first?.text.slice(0, bracket.index).trim() : first?.text
  if (!known.expansion && base && spellsOut(label, base)) {
    expansion = base
    gloss = chinese
    segments.shift()
  }
  const next = segments[0]
  // A sentence ("分词算法。") is a short definition, not a name.
  if (
    !known.gloss &&
    !gloss &&
    !hasHan(label) &&
    next &&
    !/[。！？.!?]/.test(next.text) &&
    isGloss(next.text, segments.length)
  ) {
    gloss = next.text
    segments.shift()
  }
  const rest = segments[0] ? definition.slice(segments[0].start).trim() : ''
  return { ...(expansion ? { expansion } : {}), ...(gloss ? { gloss } : {}), definition: rest }
}

/** "Model Context Protocol" spells MCP: a short Latin phrase whose initials hold the label's letters. */
function spellsOut(label: string, phrase: string): boolean {
  if (!isLatinPhrase(phrase)) return false
  const words = phrase.split(/[\s-]+/).filter(Boolean)
  const letters = label.replace(/[^A-Za-z]/g, '').toLowerCase()
  // Room for a few small words ("from", "of"), not for a sentence that happens to contain the initials.
  if (words.length < 2 || words.length > letters.length + 3) return false
  // The label's letters are the initials of the phrase, in order, the first on the first word:
  // RLHF = Reinforcement Learning from Human Feedback.
  const initials = words.map((w) => w.charAt(0).toLowerCase())
  let at = 0
  for (const initial of initials) if (initial === letters.charAt(at)) at++
  return letters.length >= 2 && initials[0] === letters.charAt(0) && at === letters.length
}

function splitSegments(text: string): Segment[] {
  const segments: Segment[] = []
  let start = 0
  for (const match of text.matchAll(SEPARATOR)) {
    segments.push(segmentAt(text, start, match.index))
    start = match.index + match[0].length
  }
  segments.push(segmentAt(text, start, text.length))
  // Keep the first segment even when empty: "，释义" is an entry without a name, not a name "释义".
  return segments.filter((s, i) => i === 0 || s.text.length > 0)
}

function segmentAt(text: string, from: number, to: number): Segment {
  const raw = text.slice(from, to)
  const lead = raw.length - raw.trimStart().length
  return { text: raw.trim(), start: from + lead }
}

function takeParenAlias(name: string, into: string[]): string {
  const match = PAREN_ALIAS.exec(name)
  if (!match?.[1] || match.index === 0) return name.trim()
  into.push(match[1].trim())
  return name.slice(0, match.index).trim()
}

/**
 * An English full name right after an abbreviation ("MQA，Muti Query Attention"): the label
 * looks like an abbreviation (two or more capitals in a word) and the segment is a short
 * Latin phrase. "off-policy, the learning is from…" is a definition, not an expansion.
 */
function isExpansionOf(label: string, segment: string): boolean {
  if (!isLatinPhrase(segment)) return false
  const words = segment.split(/[\s-]+/).filter(Boolean)
  if (words.length < 2 || words.length > 10) return false
  const abbreviated = label.split(/\s+/).some((word) => (word.match(/[A-Z]/g)?.length ?? 0) >= 2)
  return abbreviated || initialsMatch(label, words)
}

function initialsMatch(label: string, words: readonly string[]): boolean {
  const initials = words.map((w) => w.charAt(0).toLowerCase()).join('')
  const compact = label.toLowerCase().replace(/[^a-z]/g, '')
  return compact.length >= 2 && initials.includes(compact)
}

/**
 * The Chinese name of the term: a short Chinese phrase that does not read as a sentence.
 * A lone remaining segment must be shorter, since it may be the whole definition.
 */
function isGloss(segment: string, remaining: number): boolean {
  const maxLength = remaining > 1 ? 10 : 8
  const name = segment.replace(PAREN_ALIAS, '')
  // Mostly Chinese; a few Latin letters or digits are fine ("L2正则化", "KV缓存").
  const han = [...name].filter((ch) => isHan(ch)).length
  return (
    han >= 2 &&
    han / name.replace(/\s/g, '').length >= 0.6 &&
    name.length <= maxLength &&
    !DEFINITION_START.test(name) &&
    !DEFINITION_VERB.test(name)
  )
}
