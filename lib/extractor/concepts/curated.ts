/**
 * The optional curated concept file (`concepts.txt` beside the glossary). One line each:
 *
 *   注意力 | attention | 注意力机制, self-attention   — name a concept: label | English | synonyms
 *   - 空间, 时间                                        — these words are never concepts
 *   # comment
 *
 * Extraction works without the file; it only names, merges and suppresses.
 */
import type { Diagnostic } from '../diagnostics'

interface CuratedConcept {
  label: string
  labelEn?: string
  /** Other spellings counted as this concept (merged), lower-cased for Latin. */
  synonyms: string[]
  line: number
}

export interface CuratedConcepts {
  concepts: CuratedConcept[]
  suppressed: Set<string>
}

export const emptyCuration = (): CuratedConcepts => ({ concepts: [], suppressed: new Set() })

export function parseCuratedConcepts(
  path: string,
  content: string,
): { curated: CuratedConcepts; diagnostics: Diagnostic[] } {
  const curated = emptyCuration()
  const diagnostics: Diagnostic[] = []
  const owner = new Map<string, number>()
  content.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1
    const text = raw.normalize('NFKC').trim()
    if (!text || text.startsWith('#')) return
    if (text.startsWith('-')) {
      for (const word of splitList(text.slice(1))) curated.suppressed.add(foldWord(word))
      return
    }
    const [label = '', labelEn = '', synonyms = '', ...extra] = text.split('|').map((s) => s.trim())
    const problem = !label
      ? 'concept line has no name (expected "名称 | English | 同义词, …")'
      : extra.length > 0
        ? `concept line has ${extra.length + 3} fields; expected at most 3 separated by "|"`
        : undefined
    if (problem) {
      diagnostics.push({ severity: 'error', source: { file: path, line }, message: problem })
      return
    }
    const words = [label, labelEn, ...splitList(synonyms)].filter(Boolean)
    for (const word of words) {
      const previous = owner.get(foldWord(word))
      if (previous !== undefined && previous !== line) {
        diagnostics.push({
          severity: 'error',
          source: { file: path, line },
          message: `"${word}" already belongs to the concept on line ${previous}`,
        })
      }
      owner.set(foldWord(word), line)
    }
    curated.concepts.push({
      label,
      ...(labelEn ? { labelEn } : {}),
      synonyms: [labelEn, ...splitList(synonyms)].filter(Boolean).map(foldWord),
      line,
    })
  })
  return { curated, diagnostics }
}

const splitList = (text: string): string[] =>
  text
    .split(/[,，、]/)
    .map((s) => s.trim())
    .filter(Boolean)

/** How concept words are compared: lower case, single spaces. */
export const foldWord = (word: string): string =>
  word
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim()
