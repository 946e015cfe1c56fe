/**
 * Concept stage: words that several definitions share become concept nodes
 * (ALiBi and RoPE are both 位置编码). Candidates come from each term's own words;
 * a curated file may name, merge or suppress them.
 */
import type { Term } from '../../format/types'
import type { MentionSpan } from '../link/mentions'
import { createSegmenter } from './segment'
import { defaultCandidateOptions, termCandidates, type CandidateOptions } from './candidates'
import { selectConcepts, type Candidate, type SelectOptions } from './select'
import { emptyCuration, foldWord, type CuratedConcepts } from './curated'

export interface Concept {
  label: string
  labelEn?: string
  aliases: string[]
  /** Member term indices with the clause that puts each in the concept, by term order. */
  members: Array<{ term: number; evidence: string }>
}

export interface ConceptOptions extends CandidateOptions, SelectOptions {}

export function findConcepts(
  terms: readonly Term[],
  spans: readonly MentionSpan[][],
  curated: CuratedConcepts = emptyCuration(),
  options: Partial<ConceptOptions> = {},
): Concept[] {
  const curatedWords = curated.concepts.flatMap((c) => [c.label, ...c.synonyms])
  const segmenter = createSegmenter(curatedWords)
  const canonical = new Map<string, { label: string; labelEn?: string; synonyms: string[] }>()
  for (const c of curated.concepts) {
    for (const word of [c.label, ...c.synonyms]) canonical.set(foldWord(word), c)
  }
  // A term's own names are linked as mentions; they are never concepts.
  const termNames = new Set(terms.flatMap((t) => t.aliases.map(foldWord)))

  const candidates = new Map<string, Candidate>()
  terms.forEach((term, index) => {
    const found = termCandidates(term, spans[index] ?? [], segmenter, curated.suppressed, {
      ...defaultCandidateOptions,
      ...options,
    })
    for (const occurrence of found.values()) {
      const named = canonical.get(occurrence.key)
      const key = named ? foldWord(named.label) : occurrence.key
      if (!named && termNames.has(key)) continue
      let candidate = candidates.get(key)
      if (!candidate) {
        candidate = {
          key,
          label: named?.label ?? occurrence.text,
          words: occurrence.words,
          headEnded: !named && occurrence.headEnded,
          idf: occurrence.idf,
          members: new Map(),
          curated: Boolean(named),
        }
        candidates.set(key, candidate)
      }
      if (!candidate.members.has(index)) candidate.members.set(index, occurrence.evidence)
    }
  })

  return selectConcepts([...candidates.values()], terms.length, options).map((c) => {
    const named = canonical.get(c.key)
    return {
      label: c.label,
      ...(named?.labelEn ? { labelEn: named.labelEn } : {}),
      aliases: [
        ...new Set([c.label, ...(named ? [named.labelEn ?? '', ...named.synonyms] : [])].filter(Boolean)),
      ],
      members: [...c.members].sort(([a], [b]) => a - b).map(([term, evidence]) => ({ term, evidence })),
    }
  })
}
