/**
 * Column roles read from the cells when the headers say nothing ("", "Column 1", "Focus").
 * Names are short, distinct and carry no sentence punctuation; a definition is much longer than the
 * names it defines and stands right of them; a full name spells out its abbreviation's letters; a Chinese column of
 * names beside a Latin one is the gloss. Numbers and check marks describe nothing.
 */
import { hanRuns } from '../../format/text'
import type { ColumnRole } from './table-headers'
import { NAME_ROLES } from './table-headers'

/** What the non-empty cells of a column look like. */
export interface ColumnFacts {
  /** Share of rows with something in the column. */
  filled: number
  /** Share of filled cells that are numbers, dates or check marks. */
  data: number
  /** Share of filled cells that read as a name, not a sentence. */
  nameLike: number
  /** Share of filled cells that are mostly Chinese. */
  han: number
  /** Share of filled cells that differ from every other (a glossary names each term once). */
  distinct: number
  /** Mean length, a Chinese character counting as two letters. */
  weight: number
}

const NUMBER =
  /^[~≈<>≤≥±+\-−$¥€]?\s*\d[\d,.]*\s*(?:%|\+|[kmbt]|[kmgt]b|x|×|倍|亿|万|千|年|月|天|个|层|ms|s|h)?(?:\s*[-–~/]\s*\d[\d,.]*\s*\S{0,3})?$/i
const MARK = /^(?:[✓✔✅✗✘❌√×⭐★☆●○•]+|yes|no|true|false|是|否|有|支持|不支持|partial)$/i
const SENTENCE_PUNCTUATION = /[。，；！？;!?]|[.,:](?:\s|$)/

// Names run to about six words or twelve Chinese characters ("基于人类反馈的强化学习",
// "Reinforcement Learning from Human Feedback"); longer cells are descriptions.
const NAME_MAX_WORDS = 6
const NAME_MAX_HAN = 12

/** A number, size, date or check mark: what comparison tables are made of. */
export const isDataCell = (text: string): boolean => NUMBER.test(text) || MARK.test(text)

/** True when a cell reads as a name rather than a sentence. */
function isNameLike(text: string): boolean {
  const han = hanRuns(text).join('').length
  const words = text
    .replace(/[\p{Script=Han}]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean).length
  return !SENTENCE_PUNCTUATION.test(text) && han <= NAME_MAX_HAN && words <= NAME_MAX_WORDS
}

/** Facts about one column, from its cells' text (empty cells included, as ""). */
export function columnFacts(cells: readonly string[]): ColumnFacts {
  const filled = cells.filter((cell) => cell !== '')
  const share = (test: (cell: string) => boolean): number =>
    filled.length === 0 ? 0 : filled.filter(test).length / filled.length
  const weightOf = (cell: string): number => cell.length + hanRuns(cell).join('').length
  return {
    filled: cells.length === 0 ? 0 : filled.length / cells.length,
    data: share(isDataCell),
    nameLike: share(isNameLike),
    han: share((cell) => hanRuns(cell).join('').length * 2 >= cell.replace(/\s/g, '').length),
    distinct:
      filled.length === 0 ? 0 : new Set(filled.map((cell) => cell.toLowerCase())).size / filled.length,
    weight: filled.length === 0 ? 0 : filled.reduce((sum, cell) => sum + weightOf(cell), 0) / filled.length,
  }
}

/**
 * Roles for the columns the headers left unsaid, from their content. `columns[i]` holds
 * column i's cells as names (links without their address). Known roles are kept.
 */
export function rolesByContent(
  known: ReadonlyArray<ColumnRole | undefined>,
  columns: ReadonlyArray<readonly string[]>,
): Array<ColumnRole | undefined> {
  const roles = [...known]
  const facts = columns.map(columnFacts)
  // Most cells of a column must agree before it is read one way or the other.
  const most = (share: number): boolean => share >= 0.8
  const open = (i: number): boolean => roles[i] === undefined && (facts[i]?.data ?? 1) < 0.5

  let label = labelColumn(roles)
  if (label === undefined) {
    // A column of numbers or check marks makes a table compare things, unless a header says
    // it names terms: "Model | Params | Status" is not a glossary.
    if (facts.some((f) => f.filled >= 0.5 && f.data >= 0.5)) return roles
    label = facts.findIndex((f, i) => open(i) && f.filled >= 0.5 && most(f.nameLike) && most(f.distinct))
    if (label < 0) return roles
    roles[label] = 'term'
  }
  const labelCells = columns[label] ?? []
  const labelFacts = facts[label]
  if (!labelFacts) return roles

  // Another name of each term: distinct short cells, one column per kind of name.
  facts.forEach((f, i) => {
    if (!open(i) || !most(f.nameLike) || !most(f.distinct)) return
    const role = otherName(labelCells, labelFacts, columns[i] ?? [], f)
    if (role && !roles.includes(role)) roles[i] = role
  })

  if (!roles.includes('definition')) {
    // The longest remaining text right of the names (glossaries name a term before they
    // define it), if it is clearly longer than the names it would define.
    const longest = facts
      .map((f, i) => ({ f, i }))
      .filter(({ i }) => open(i) && i > label)
      .sort((a, b) => b.f.weight - a.f.weight)[0]
    if (longest && longest.f.weight >= 2 * labelFacts.weight) roles[longest.i] = 'definition'
  }
  return roles
}

/** The kind of name a column of short cells gives beside the label column, if any. */
function otherName(
  labelCells: readonly string[],
  labelFacts: ColumnFacts,
  cells: readonly string[],
  facts: ColumnFacts,
): ColumnRole | undefined {
  if (spellsOut(labelCells, cells)) return 'expansion'
  if (labelFacts.han < 0.5 && facts.han >= 0.5) return 'gloss'
  if (labelFacts.han >= 0.5 && facts.han < 0.5) return 'expansion'
  return undefined
}

/** The first column of the highest-ranked name role, or undefined when none names the entry. */
export function labelColumn(roles: ReadonlyArray<ColumnRole | undefined>): number | undefined {
  for (const role of NAME_ROLES) {
    const i = roles.indexOf(role)
    if (i >= 0) return i
  }
  return undefined
}

/** True when, in at least half the rows holding both, `phrases` spell out `abbreviations`. */
function spellsOut(abbreviations: readonly string[], phrases: readonly string[]): boolean {
  const pairs = abbreviations.flatMap((abbreviation, i) => {
    const phrase = phrases[i]
    return abbreviation && phrase ? [{ abbreviation, phrase }] : []
  })
  const matches = pairs.filter(({ abbreviation, phrase }) => isSpelledOut(abbreviation, phrase)).length
  return pairs.length > 0 && matches * 2 >= pairs.length
}

/** "KV Cache" in "Key-Value Cache", "RLHF" in "Reinforcement Learning from Human Feedback". */
function isSpelledOut(abbreviation: string, phrase: string): boolean {
  const letters = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '')
  const short = letters(abbreviation)
  const long = letters(phrase)
  if (short.length < 2 || long.length <= short.length || long[0] !== short[0]) return false
  let at = 0
  for (const ch of long) if (ch === short[at]) at++
  return at >= short.length
}
