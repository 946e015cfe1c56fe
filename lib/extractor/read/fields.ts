/**
 * Labelled lines: `中文：注意力`, `英文：Attention`, `全称：…`, `一句话：…`, `Also known as: …`,
 * `Example: …`, `See also: …`, and the credit lines a document carries (`翻译：某某`,
 * `Last updated: 2024-05-01`). Under a term, a label says what its line is: another name of
 * the term, its definition, an example, or where to read more. Standing alone, a credit line
 * is about the document, not an entry.
 *
 * The labels are the words documents use for these fields in general, in Chinese and English;
 * they name kinds of line, never terms.
 */

/** What a labelled line holds. */
export type FieldKind =
  | 'gloss' // the Chinese name
  | 'expansion' // the English or full name
  | 'alias' // another name: 别名, Also known as, Abbreviation
  | 'definition' // 一句话, 定义, Definition, In short
  | 'example' // 示例, Example
  | 'see-also' // 另请参阅, See also, Related
  | 'credit' // about the document: 翻译, Author, Last updated

const LABELS: ReadonlyArray<[FieldKind, RegExp]> = [
  ['gloss', /^(?:中文|中文名|中文名称|中文术语|中文释名|汉语|chinese|chinese name)$/i],
  [
    'expansion',
    /^(?:英文|英文名|英文名称|英文全称|全称|全名|english|english name|full name|full form|stands for|expansion)$/i,
  ],
  [
    'alias',
    /^(?:别名|别称|又称|又名|也称|也叫|亦称|简称|缩写|英文缩写|also known as|also called|aka|a\.k\.a\.|alias|aliases|abbreviation|acronym|synonyms?)$/i,
  ],
  [
    'definition',
    /^(?:一句话|一句话解释|一句话定义|一句话说明|定义|释义|解释|含义|简介|概念|definition|meaning|in short|in one sentence|in a nutshell|summary|tl;?dr)$/i,
  ],
  ['example', /^(?:示例|例如|例子|举例|比如|实例|example|examples|e\.g\.|for example)$/i],
  [
    'see-also',
    /^(?:另请参阅|另请参见|另见|参见|参阅|延伸阅读|相关\p{Script=Han}{0,3}|see also|see|related(?: [a-z]+)?|further reading|learn more|cf\.?)$/iu,
  ],
  [
    'credit',
    /^(?:翻译|译者|校对|审校|作者|整理|编辑|编者|来源|原文|原文链接|原文地址|出处|更新|更新时间|最后更新|更新日期|日期|版本|许可|许可证|协议|版权|authors?|translators?|translated by|editors?|reviewers?|source|original|updated|last updated|date|version|licen[cs]e|copyright|maintainers?|contributors?)$/i,
  ],
]

/** `Label：value` or `Label: value` (a half-width colon before a space or the line's end). */
const LABELLED = /^([^:：]{1,24}?)\s*(?:：|:(?=\s|$))\s*/u

export interface Field {
  kind: FieldKind
  /** The label as written ("Also known as"). */
  label: string
  /** What follows the label. */
  value: string
}

/** The field a line of text is, or undefined when it does not start with a known label. */
export function readField(text: string): Field | undefined {
  const match = LABELLED.exec(text)
  const label = match?.[1]?.trim()
  if (!match || !label) return undefined
  const kind = LABELS.find(([, pattern]) => pattern.test(label))?.[0]
  return kind ? { kind, label, value: text.slice(match[0].length).trim() } : undefined
}

/**
 * Labels that say what a document is about rather than define a term: its scope, its readers,
 * its status. A bold `**Scope**: …` line heads the document, not an entry.
 */
const DOCUMENT_LABEL =
  /^(?:scope|audience|purpose|status|intended audience|prerequisites|范围|适用范围|适用对象|目标读者|阅读对象|前置知识)$/i

/** True for a label that describes the document (see DOCUMENT_LABEL). */
export const isDocumentLabel = (label: string): boolean => DOCUMENT_LABEL.test(label.trim())

/** The kinds of field that give a term another name. */
export const isNameField = (kind: FieldKind): kind is 'gloss' | 'expansion' | 'alias' =>
  kind === 'gloss' || kind === 'expansion' || kind === 'alias'

/**
 * A credit line about the document: a credit label with a short value (a person, a date, a
 * version) or only an address. A long value is a definition of a term that happens to share
 * the label's word ("License: the terms under which…").
 */
export function isCreditLine(text: string): boolean {
  const field = readField(text)
  if (field?.kind !== 'credit') return false
  return field.value.length <= 40 || /^(?:\S+（\S+）|https?:\/\/\S+)$/.test(field.value)
}

/** Names given in one field's value: `Attention / 注意力`, `AKA, Also called`. */
export const fieldNames = (value: string): string[] =>
  value
    .split(/\s*[/／、;；|]\s*|\s*[,，]\s*/)
    .map((name) => name.replace(/[。.]$/, '').trim())
    .filter(Boolean)
