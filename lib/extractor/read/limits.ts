/**
 * Limits checked on the raw text before remark parses it, so that no input can overflow the
 * stack or make the parser's memory explode:
 * - blocks nested deeper than `maxDepth` (lists and quotes: `- - - x`, `> > x`, or items
 *   indented under items): remark, and the readers after it, recurse once per level and
 *   overflow at a few thousand;
 * - table rows of more than `maxColumns` cells: remark keeps about 10 KB per cell (a table of
 *   10,000 columns took 2.2 GB), and no glossary table is that wide.
 * Each is one error at its line. One pass over the text, a constant amount of work per
 * character.
 */
import type { Diagnostic } from '../diagnostics'

export interface LimitOptions {
  /** Lists and quotes nested deeper than this are an error. Default 100. */
  maxDepth: number
  /** Table rows with more cells than this are an error. Default 100. */
  maxColumns: number
}

const defaultLimits: LimitOptions = { maxDepth: 100, maxColumns: 100 }

/** One error per limit the text goes over, at the first line that does. */
export function checkLimits(
  markdown: string,
  file: string,
  options: Partial<LimitOptions> = {},
): Diagnostic[] {
  const { maxDepth, maxColumns } = { ...defaultLimits, ...options }
  const diagnostics: Diagnostic[] = []
  const error = (line: number, message: string) =>
    diagnostics.push({ severity: 'error', source: { file, line }, message })
  let tooDeep = false
  let tooWide = false
  let inTable = false
  let fence: string | undefined
  let previous = ''
  let lineNumber = 0
  for (let start = 0; start <= markdown.length && !(tooDeep && tooWide); lineNumber++) {
    const newline = markdown.indexOf('\n', start)
    const end = newline < 0 ? markdown.length : newline
    const line = markdown.slice(start, end)
    start = end + 1
    const prefix = containerPrefix(line)
    const rest = line.slice(prefix.end)
    // Code is never parsed into blocks: a fenced block's lines are skipped to its closing fence.
    const opens = fenceOf(rest)
    if (fence !== undefined) {
      if (opens?.startsWith(fence)) fence = undefined
      continue
    }
    if (opens !== undefined) {
      fence = opens
      continue
    }
    if (!tooDeep && prefix.depth > maxDepth) {
      tooDeep = true
      error(lineNumber + 1, `lists or quotes nested ${prefix.depth} levels deep (the limit is ${maxDepth})`)
    }
    if (rest.trim() === '') inTable = false
    else if (!inTable && isDelimiterRow(rest) && (rest.includes('|') || previous.includes('|')))
      inTable = true
    if (!tooWide && inTable) {
      const cells = Math.max(cellCount(previous), cellCount(rest))
      if (cells > maxColumns) {
        tooWide = true
        error(lineNumber + 1, `a table row of ${cells} cells (the limit is ${maxColumns} columns)`)
      }
    }
    previous = rest
  }
  return diagnostics
}

/**
 * How deep the blocks opened on this line can be nested, at most: one level per list marker
 * or `>` at its start, and one per two columns of indentation before them (an item nested
 * by indentation sits at least two columns right of its parent; the spaces that follow a
 * list marker only pad it). Lines that open no block cannot make the nesting deeper, so they
 * count 0. `end` is where the line's text begins.
 */
function containerPrefix(line: string): { depth: number; end: number } {
  let columns = 0
  let markers = 0
  let padding = false
  let i = 0
  while (i < line.length) {
    const ch = line[i]
    if (ch === ' ' || ch === '\t') {
      const width = ch === ' ' ? 1 : 4 - (columns % 4)
      if (!padding) columns += width
    } else if (ch === '>') {
      markers++
      padding = false
      // One space after `>` belongs to the marker.
      if (line[i + 1] === ' ') i++
    } else {
      const marker = listMarkerLength(line, i)
      if (marker === 0) break
      markers++
      padding = true
      i += marker
      continue
    }
    i++
  }
  return { depth: markers === 0 ? 0 : markers + Math.floor(columns / 2), end: i }
}

/** Length of a list marker (`-`, `*`, `+`, `1.`, `1)`) at `i` followed by a space or the line end; 0 if none. */
function listMarkerLength(line: string, i: number): number {
  let j = i
  const ch = line[j]
  if (ch === '-' || ch === '*' || ch === '+') j++
  else {
    while (j < line.length && j - i < 9 && isDigit(line[j])) j++
    if (j === i || (line[j] !== '.' && line[j] !== ')')) return 0
    j++
  }
  const after = line[j]
  return after === undefined || after === ' ' || after === '\t' ? j - i : 0
}

/** The fence a line opens or closes (three or more backticks or tildes), else undefined. */
function fenceOf(text: string): string | undefined {
  const ch = text[0]
  if (ch !== '`' && ch !== '~') return undefined
  let n = 0
  while (text[n] === ch) n++
  return n >= 3 ? ch.repeat(n) : undefined
}

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9'

/** `| --- | :-: |`: only pipes, colons, dashes and spaces, with at least one dash. */
function isDelimiterRow(text: string): boolean {
  let dash = false
  for (const ch of text) {
    if (ch === '-') dash = true
    else if (ch !== '|' && ch !== ':' && ch !== ' ' && ch !== '\t') return false
  }
  return dash
}

/** Cells in a table row, at most: its pipes, less the outer ones (escaped pipes counted too: an upper bound). */
function cellCount(text: string): number {
  let pipes = 0
  for (const ch of text) if (ch === '|') pipes++
  const row = text.trim()
  return pipes + 1 - (row.startsWith('|') ? 1 : 0) - (row.length > 1 && row.endsWith('|') ? 1 : 0)
}
