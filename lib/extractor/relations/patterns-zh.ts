/**
 * Typed relations a Chinese definition states about a term it names. Each rule is a general
 * form of the language read around the mention, inside its clause:
 * - based-on: 基于M, 在M(的)基础上, 以M为核心/基础, 以M方式, M的改进版/变体, 量化版M;
 * - part-of: M中的X opening the definition, M的核心/一部分/组成部分/分支/阶段, (是)M(最)常用的X, 在M中得到使用;
 * - is-a: 属于M, M的一种/之一;
 * - contrast: 与M相对/相反/不同, 区别于M, M的反面;
 * - same-as: 又称M, 也叫M, 简称M, M的简称, a definition that is only 见M / 同M.
 */
import type { EdgeRelation } from '../../format/types'
import { isOnlyReference, type MentionAt, type RelationFinding } from './finding'
import { clausesOf, isChineseClause } from './clauses'
import { PART_NOUNS, SAME_NOUNS, VARIANT_NOUNS } from './words-zh'

const alt = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|')

/** A rule reads the clause's text before the mention (`left`) and after it (`right`). */
interface Context {
  left: string
  right: string
  /** The mention stands in the first Chinese clause of the definition. */
  opensDefinition: boolean
  /** The whole definition is the mention after a cross-reference word (见M, 同M). */
  onlyReference: boolean
}

type Rule = (c: Context) => boolean

const PART = alt(PART_NOUNS)
const VARIANT = alt(VARIANT_NOUNS)
const SAME = alt(SAME_NOUNS)
const QUANTITY = '(?:一个|一种|一类|第[一二三四五六七八九十\\d]+个?)?'

const RULES: ReadonlyArray<[EdgeRelation, Rule]> = [
  [
    'same-as',
    ({ left, right, onlyReference }) =>
      /(又称|也称|亦称|又叫|也叫|俗称|简称|别称|又名|也作|也写作|等同于|等价于)\s*$/.test(left) ||
      new RegExp(`^\\s*的?(${SAME})`).test(right) ||
      onlyReference,
  ],
  [
    'contrast',
    ({ left, right }) =>
      (/(与|和|跟|同)\s*$/.test(left) && /^\s*(相反|不同|对立|有别|区别|相对(?!应))/.test(right)) ||
      /(区别于|不同于|有别于)\s*$/.test(left) ||
      /^\s*的?(反面|对立面)/.test(right),
  ],
  [
    'based-on',
    ({ left, right }) =>
      /(基于|基於|源自|源于|借鉴|改进自|扩展自|派生自|衍生自)\s*$/.test(left) ||
      (/在\s*$/.test(left) && /^\s*的?(基础|之上)/.test(right)) ||
      (/以\s*$/.test(left) &&
        /^\s*(为\s*(基础|核心|骨干|底座|大脑|主干|基座|蓝本)|的?(方式|方法))/.test(right)) ||
      new RegExp(`^\\s*的?(${VARIANT})`).test(right) ||
      /[\p{Script=Han}]{1,4}版\s*$/u.test(left),
  ],
  [
    'part-of',
    ({ left, right, opensDefinition }) =>
      (opensDefinition && /^\s*$/.test(left) && /^\s*[中里内](?![文间心国])/.test(right)) ||
      (opensDefinition &&
        /^\s*$/.test(left) &&
        new RegExp(`^[^，,。；;的]{0,8}?的\\s*${QUANTITY}(${PART})`).test(right)) ||
      (opensDefinition && new RegExp(`^\\s*的\\s*${QUANTITY}(${PART})`).test(right)) ||
      ((opensDefinition ? /^\s*(是)?\s*$/ : /^\s*是\s*$/).test(left) &&
        /^\s*最?(常用|使用|采用|所用|用到)的/.test(right)) ||
      (/在\s*$/.test(left) && /^\s*[中里内]\s*(得到|被)?(使用|应用|采用)/.test(right)),
  ],
  ['is-a', ({ left, right }) => /属于\s*$/.test(left) || /^\s*(的\s*(一种|一类)|之一)/.test(right)],
]

/** Relations stated about the terms mentioned in `text` (a Chinese definition or name). */
export function chineseRelations(text: string, mentions: readonly MentionAt[]): RelationFinding[] {
  const clauses = clausesOf(text)
  const firstChinese = clauses.find(isChineseClause)
  const found: RelationFinding[] = []
  for (const m of mentions) {
    const clause = clauses.find((c) => c.start <= m.start && m.end <= c.end)
    if (!clause || !isChineseClause(clause)) continue
    const context: Context = {
      left: text.slice(clause.start, m.start),
      right: text.slice(m.end, clause.end),
      opensDefinition: clause === firstChinese,
      onlyReference: isOnlyReference(text, m),
    }
    const rule = RULES.find(([, test]) => test(context))
    if (rule) found.push({ target: m.target, relation: rule[0], at: m.start })
  }
  return found
}
