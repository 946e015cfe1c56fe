/**
 * What a glossary table's column holds, read from its header in Chinese or English:
 * "英文简称" is an abbreviation, "全称 / 中文" a full name beside a Chinese one, "释义说明" a
 * definition. Headers are matched by the words they contain, after case, emoji and `**` are
 * folded away, so "📖 **Definition**", "中文释义" and "Full name (EN)" are all understood.
 */

/** The part a column plays in an entry. */
export type ColumnRole =
  | 'term' // the entry's name, language unsaid: 术语, Term, Name
  | 'abbreviation' // 缩写, 英文简称, Acronym
  | 'expansion' // the English or full name: 英文全称, Full name, English
  | 'gloss' // the Chinese name: 中文, 中文翻译, Translation
  | 'names' // English and Chinese names in one cell: "全称 / 中文", 中英文
  | 'definition' // 释义, 解释, Definition, Notes
  | 'example' // 例子, 示例, Example(s): text mentions are found in
  | 'category' // 分类, Category, Type: a group, read as the entry's section
  | 'reference' // 链接, 来源, Link, Paper: not read, noted
  | 'index' // #, 序号, No.: not read

/** Roles that name the entry, in the order a row's label is chosen from them. */
export const NAME_ROLES: readonly ColumnRole[] = ['abbreviation', 'term', 'expansion', 'names', 'gloss']

const INDEX = /^(?:#|no\.?|nr\.?|num|number|index|id|序号|编号|序|号)?$/
const REFERENCE =
  /链接|来源|出处|参考|论文|文献|网址|link|reference|paper|source|url|citation|further reading/
const EXAMPLE = /例子|示例|举例|例句|用例|实例|范例|用法|example|usage|sample|e\.g\./
const DEFINITION =
  /释义|解释|说明|定义|含义|描述|意思|意义|介绍|备注|简介|definition|description|meaning|explanation|explained|notes?\b|remarks?|summary|details?|what it/
const ABBREVIATION = /缩写|简称|abbrev|abbr\b|acronym|initialism|short\b/
const CHINESE = /中文|汉语|华语|中英|chinese|简体/
const TRANSLATION = /翻译|译名|译文|translation|translated/
const ENGLISH = /英文|英语|english/
const FULL = /全称|full[ -]?(?:name|form|term|title)|expansion|expanded|stands for|spelled out/
const CATEGORY = /分类|类别|类型|范畴|领域|类目|category|type|group|domain|topic|area/
const TERM =
  /术语|名称|名字|词汇|名词|词条|概念|关键词|关键字|term|name|concept|word|keyword|entry|vocabulary|jargon/

/**
 * The role a header names, or undefined when it names none ("Model", "Column 1", empty).
 * More specific words win: "中文释义" is a definition, "英文简称" an abbreviation,
 * "Short description" a description, "Full name" a name in full, "中文全称" a Chinese name.
 */
export function headerRole(header: string): ColumnRole | undefined {
  const folded = foldHeader(header)
  // "全称 / 中文", "English & Chinese": two kinds of name in one column.
  const parts = folded.split(/\s*(?:[/／|｜&＆+、,，]|\band\b)\s*/)
  const partRoles = new Set(parts.map(roleOfWords).filter((role) => role !== undefined))
  if (partRoles.size > 1 && [...partRoles].every((role) => NAME_ROLES.includes(role))) return 'names'
  return roleOfWords(folded)
}

function roleOfWords(folded: string): ColumnRole | undefined {
  if (INDEX.test(folded)) return folded === '' ? undefined : 'index'
  if (REFERENCE.test(folded)) return 'reference'
  if (EXAMPLE.test(folded)) return 'example'
  if (DEFINITION.test(folded)) return 'definition'
  if (ABBREVIATION.test(folded)) return 'abbreviation'
  if (CHINESE.test(folded)) return ENGLISH.test(folded) ? 'names' : 'gloss'
  if (ENGLISH.test(folded) || FULL.test(folded)) return 'expansion'
  if (TRANSLATION.test(folded)) return 'gloss'
  if (CATEGORY.test(folded)) return 'category'
  if (TERM.test(folded)) return 'term'
  return undefined
}

/** Lower case, NFKC, without emoji, markdown marks and surrounding punctuation. */
function foldHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}*_`]/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s:：()（）[\]]+|[\s:：()（）[\]]+$/g, '')
}

/** A header that only counts columns: "Column 1", "列2", "Field 3". */
export const isGenericHeader = (header: string): boolean =>
  /^(?:column|col|field|列|字段|栏)?\s*\d*$/.test(foldHeader(header))
