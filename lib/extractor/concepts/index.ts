/**
 * Concept stage: words that several definitions share become concept nodes
 * (ALiBi and RoPE are both 位置编码; GELU and SiLU are both an "activation function").
 * Candidates come from each term's own words, Chinese through jieba and English through
 * wink-nlp; a curated file may name, merge (注意力 = attention) or suppress them.
 */
import type { Term } from '../../format/types'
import type { MentionSpan } from '../link/mentions'
import { createSegmenter } from './segment'
import { defaultCandidateOptions, termCandidates, type CandidateOptions } from './candidates'
import { selectConcepts, type Candidate, type SelectOptions } from './select'
import { emptyCuration, foldWord, type CuratedConcepts } from './curated'
import { singular, stemKey } from './english'
import { ownNames } from './own-names'

export interface Concept {
  label: string
  labelEn?: string
  aliases: string[]
  /** Member term indices with the clause that puts each in the concept, by term order. */
  members: Array<{ term: number; evidence: string }>
}

export interface ConceptOptions extends CandidateOptions, SelectOptions {
  /** A lone word ending the names of this many terms is their family name, not a concept (own-names.ts). */
  minNamesForGenericHead: number
}

export const defaultConceptOptions: Pick<ConceptOptions, 'minNamesForGenericHead'> = {
  minNamesForGenericHead: 4,
}

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
    for (const word of [c.label, ...c.synonyms]) {
      canonical.set(foldWord(word), c)
      // English occurrences are counted by stem: "tokenizers" finds the synonym "tokenizer".
      if (/^[A-Za-z][A-Za-z\s_-]*$/.test(word)) canonical.set(stemKey(word), c)
    }
  }
  const named = new Set(canonical.keys())
  // A term's own names are linked as mentions; they are never concepts.
  const termNames = new Set(
    terms.flatMap((t) => t.aliases.map(foldWord)).flatMap((n) => [n, singularPhrase(n)]),
  )
  const labelCounts = new Map<string, Map<string, number>>()
  const own = ownNames(terms, options.minNamesForGenericHead ?? defaultConceptOptions.minNamesForGenericHead)

  // -ing words the glossary uses as nouns somewhere ("the embedding", "KV caching"); any other is a
  // verb ("enabling", "converting text"), so every term is read before occurrences are counted.
  const nominal = new Set<string>()
  const foundPerTerm = terms.map((term, index) =>
    termCandidates(
      term,
      spans[index] ?? [],
      segmenter,
      curated.suppressed,
      { ...defaultCandidateOptions, ...options },
      named,
      nominal,
    ),
  )
  const candidates = new Map<string, Candidate>()
  foundPerTerm.forEach((found, index) => {
    for (const occurrence of found.values()) {
      if (occurrence.verbals?.some((word) => !nominal.has(word))) continue
      const concept = canonical.get(occurrence.key)
      const key = concept ? foldWord(concept.label) : occurrence.key
      if (!concept && (termNames.has(key) || termNames.has(foldWord(occurrence.text)))) continue
      if (!concept && own.modifies(index, key)) continue
      const texts = labelCounts.get(key) ?? new Map<string, number>()
      texts.set(occurrence.text, (texts.get(occurrence.text) ?? 0) + 1)
      labelCounts.set(key, texts)
      let candidate = candidates.get(key)
      if (!candidate) {
        candidate = {
          key,
          label: concept?.label ?? occurrence.text,
          words: occurrence.words,
          headEnded: !concept && occurrence.headEnded,
          idf: occurrence.idf,
          members: new Map(),
          curated: Boolean(concept),
        }
        candidates.set(key, candidate)
      }
      if (!candidate.members.has(index)) candidate.members.set(index, occurrence.evidence)
    }
  })

  // An English concept is labelled the way the definitions write it most often.
  for (const candidate of candidates.values()) {
    if (candidate.curated) continue
    const texts = [...(labelCounts.get(candidate.key) ?? [])]
    const best = texts.reduce((a, b) => (b[1] > a[1] ? b : a), texts[0] ?? [candidate.label, 0])
    candidate.label = best[0]
  }

  const meaningful = [...candidates.values()].filter(
    (c) => c.curated || c.words.length > 1 || !own.isGenericHead(c.key),
  )
  return selectConcepts(meaningful, terms.length, options).map((c) => {
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

/** "activation functions" → "activation function": names are compared in the singular too. */
const singularPhrase = (name: string): string => name.split(' ').map(singular).join(' ')
