/**
 * A term's head → its names. Glossaries write a term's names together:
 *   `LoRA (Low-Rank Adaptation)`, `通用人工智能（Artificial General Intelligence/AGI）`,
 *   `Deep Learning - 深度学习`, `GPU (Graphics Processing Unit) - 图形处理器`,
 *   `人工智能 （AI）`, `FP8 / FP16 / INT4`, `[LoRA](https://…)`.
 * The first name is the label; the others are sorted by what they look like: an abbreviation
 * (one token with two capitals: AI, LoRA, FP16), a Chinese name (gloss), or an English full
 * name (expansion). Every name becomes an alias the linker matches.
 *
 * `FP8 / FP16 / INT4` stays one term labelled as written, each part an alias: the entry
 * gives one definition for all of them, and three terms would triple it.
 */
import { hasHan } from '../../format/text'
import { normalizeText } from '../prose'
import { HEAD_WORDS } from '../concepts/stopwords'

export interface Names {
  label: string
  /** A short form given beside the label: "AGI" in `通用人工智能（Artificial General Intelligence/AGI）`. */
  abbreviation?: string
  /** English full name. */
  expansion?: string
  /** Chinese name, when the label is not Chinese. */
  gloss?: string
  /** Every other name, in the order written (abbreviation, expansion and gloss included). */
  aliases: string[]
}

const MARKDOWN_LINK = /\[([^\]]+)\]\([^)]*\)/g
const URL_IN_PARENS = /\s*[（(]\s*https?:\/\/[^）)]*[）)]/g
const TRAILING_PAREN = /\s*[（(]([^（）()]+)[）)]\s*$/
/** Spaced dashes between names: `Deep Learning - 深度学习`; "GPT-4" keeps its hyphen. */
const NAME_DASH = /\s+[-–—]{1,2}\s+|\s*——\s*/
const NAME_LIST = /\s*[/／、;；|]\s*|\s*[,，]\s+/

export interface NameOptions {
  /**
   * The file writes `English 中文` heads (most of its heads do): a trailing Chinese name after
   * a space is a second name. Decided per file, because one head alone can't tell `Alignment
   * 对齐` (two names) from `Prompt 缓存` (one name in two scripts).
   */
  bilingualHeads?: boolean
}

/** Split a head into its names. */
export function parseNames(head: string, options: NameOptions = {}): Names {
  const text = normalizeText(head.replace(MARKDOWN_LINK, '$1').replace(URL_IN_PARENS, '')).replace(
    /[\s:：]+$/,
    '',
  )
  const [written = '', ...dashed] = text.split(NAME_DASH).filter(Boolean)
  const { first, chinese } = options.bilingualHeads ? splitTrailingChinese(written) : { first: written }
  const others = chinese ? [chinese, ...dashed] : dashed
  const { base, inner } = takeParens(first)
  const label = base || first
  // The parts of a label list are names of the same term, not other kinds of name.
  const parts = splitList(label).filter((part) => part !== label)
  const names = [...inner, ...others.flatMap(partNames)].flatMap(splitList)

  const result: Names = { label, aliases: unique([...parts, ...names], label) }
  for (const name of result.aliases) {
    if (parts.includes(name)) continue
    if (hasHan(name)) {
      if (!hasHan(label)) result.gloss ??= name
    } else if (isAbbreviation(name) && !isAbbreviation(label)) {
      result.abbreviation ??= name
    } else if (!isAbbreviation(name) || name.length > label.length) {
      result.expansion ??= name
    }
  }
  return result
}

// English (no Chinese), a space, then one Chinese word: `CoT (Chain of Thought) 思维链`.
const BILINGUAL_HEAD = /^([^\p{Script=Han}]*[A-Za-z][^\p{Script=Han}]*?)\s+(\S*\p{Script=Han}\S*)$/u

/** True for a head written `English 中文`. */
export const isBilingualHead = (head: string): boolean => BILINGUAL_HEAD.test(normalizeText(head))

/**
 * Bilingual heads put the Chinese name after the English one, with only a space between:
 * `Alignment 对齐`, `CoT (Chain of Thought) 思维链`, `A/B Testing A/B测试`. A generic head
 * word is part of the English name, not a translation of it (`Transformer 模型`).
 */
function splitTrailingChinese(text: string): { first: string; chinese?: string } {
  const match = BILINGUAL_HEAD.exec(text)
  if (
    !match?.[1] ||
    !match[2] ||
    HEAD_WORDS.has(match[2]) ||
    TRAILING_PAREN.test(match[2]) ||
    unclosedParen(match[1])
  ) {
    return { first: text }
  }
  return { first: match[1].trim(), chinese: match[2] }
}

/** An opening bracket without its closing one: the Chinese word after it is still inside (`AI (Artificial Intelligence / 人工智能)`). */
const unclosedParen = (text: string): boolean =>
  (text.match(/[（(]/g)?.length ?? 0) > (text.match(/[）)]/g)?.length ?? 0)

/** "GPU (Graphics Processing Unit)" → base "GPU", inner ["Graphics Processing Unit"]. */
function takeParens(text: string): { base: string; inner: string[] } {
  const inner: string[] = []
  let base = text
  for (
    let match = TRAILING_PAREN.exec(base);
    match?.[1] && match.index > 0;
    match = TRAILING_PAREN.exec(base)
  ) {
    inner.unshift(match[1].trim())
    base = base.slice(0, match.index).trim()
  }
  return { base, inner }
}

/** A later dash part may carry its own parentheses: `智能体 (AI Agent)`. */
function partNames(part: string): string[] {
  const { base, inner } = takeParens(part)
  return [base, ...inner].filter(Boolean)
}

/** "FP8 / FP16 / INT4" → its parts; "I/O" and "A/B testing" stay whole (a one-letter part is no name). */
function splitList(text: string): string[] {
  const parts = text.split(NAME_LIST).map((p) => p.trim())
  return parts.length > 1 && parts.every((p) => [...p].length >= 2) ? parts : [text]
}

/** One token with at least two capitals or digits after a capital: AI, LoRA, GPT-4, FP16. */
function isAbbreviation(name: string): boolean {
  return (
    !/\s/.test(name) &&
    !hasHan(name) &&
    name.length <= 12 &&
    ((name.match(/[A-Z]/g)?.length ?? 0) >= 2 || /^[A-Z][A-Za-z]*\d/.test(name))
  )
}

function unique(names: readonly string[], label: string): string[] {
  const seen = new Set([label.toLowerCase()])
  return names.filter((name) => {
    const key = name.toLowerCase()
    if (!name || seen.has(key)) return false
    seen.add(key)
    return true
  })
}
