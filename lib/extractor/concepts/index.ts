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

  const candidates = new Map<string, Candidate>()
  terms.forEach((term, index) => {
    const found = termCandidates(
      term,
      spans[index] ?? [],
      segmenter,
      curated.suppressed,
      { ...defaultCandidateOptions, ...options },
      named,
    )
    for (const occurrence of found.values()) {
      const concept = canonical.get(occurrence.key)
      const key = concept ? foldWord(concept.label) : occurrence.key
      if (!concept && (termNames.has(key) || termNames.has(foldWord(occurrence.text)))) continue
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

/** "activation functions" → "activation function": names are compared in the singular too. */
const singularPhrase = (name: string): string => name.split(' ').map(singular).join(' ')
