/**
 * Scores a graph extracted from a real glossary against its gold labels, the way
 * `../shared/real-glossaries/score.py` does (same name resolution, same pairs, same pass rule),
 * so the numbers agree without Python. The real glossaries and their labels live outside the
 * repository; this module only knows their format.
 *
 * A gold name ("LoRA (Low-Rank Adaptation)") resolves to the term whose label folds to it, else
 * to the term sharing most of its name parts (label, aliases, expansion, gloss, split at
 * brackets, " - ", "—", "/", commas and colons). Two terms are related when a mention edge joins
 * them (either way) or both belong to one concept.
 */
import type { GraphJSON } from '../../format/types'

/** The hand labels of one real glossary (gold/NN-name.json). */
export interface RealGold {
  /** Entries a reader counts. */
  entries: number
  /** Distinct terms, where one term is written as two entries. */
  distinctTerms?: number
  /** Pairs a reader expects linked. */
  pairs: Array<[string, string]>
  /** Pairs that share a surface word but must not be linked. */
  traps: Array<[string, string]>
}

export interface RealScore {
  termsFound: number
  /** The entry counts the term count is checked against (entries, then distinct terms). */
  termsWanted: number[]
  /** Within 10 % of one of `termsWanted`. */
  countOk: boolean
  pairsFound: number
  pairsTotal: number
  recall: number
  /** Gold pairs not linked, as "a~b". */
  missed: string[]
  /** Traps linked, as "a~b". */
  traps: string[]
}

/** The pass rule of score.py: terms within 10 %, recall at least `minRecall`, at most `maxTraps` traps. */
export interface PassRule {
  minRecall: number
  maxTraps: number
}

/** Reads a gold file's parsed JSON; throws naming the field that is malformed. */
export function parseGold(data: unknown, where: string): RealGold {
  const fail = (what: string): never => {
    throw new Error(`real-score: ${where}: ${what}`)
  }
  if (typeof data !== 'object' || data === null) return fail('not a JSON object')
  const entries: unknown = Reflect.get(data, 'entries')
  if (typeof entries !== 'number') return fail('"entries" is not a number')
  const distinct: unknown = Reflect.get(data, 'distinct_terms')
  const pairList = (field: string): Array<[string, string]> => {
    const list: unknown = Reflect.get(data, field)
    if (!Array.isArray(list)) return fail(`"${field}" is not a list`)
    return list.map((pair: unknown) => {
      if (!Array.isArray(pair) || pair.length !== 2) return fail(`"${field}" holds a non-pair`)
      const [a, b]: unknown[] = pair
      if (typeof a !== 'string' || typeof b !== 'string') return fail(`"${field}" holds a non-string name`)
      return [a, b]
    })
  }
  return {
    entries,
    ...(typeof distinct === 'number' && distinct > 0 ? { distinctTerms: distinct } : {}),
    pairs: pairList('pairs'),
    traps: pairList('traps'),
  }
}

/** score.py's `norm`: NFKC, no bold markers, links as their text, single spaces, lower case. */
export function normName(name: string): string {
  return name
    .normalize('NFKC')
    .replaceAll('**', '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

const SPLIT = /\s*(?:[()（）]|\s-\s|—|\/|，|,|:|：)\s*/

/** score.py's `parts`: the pieces of a name between brackets, dashes, slashes, commas and colons. */
export function nameParts(name: string): Set<string> {
  return new Set(
    normName(name)
      .split(SPLIT)
      .map((p) => p.trim())
      .filter(Boolean),
  )
}

type Node = GraphJSON['nodes'][number]
const kindOf = (node: Node | undefined): string => node?.attributes?.kind ?? 'term'

/** Resolves a gold name to a term key, or undefined when it shares no part with any term. */
export function createResolver(graph: GraphJSON): (name: string) => string | undefined {
  const terms = graph.nodes.filter((n) => kindOf(n) === 'term')
  const names = new Map<string, Set<string>>()
  const byLabel = new Map<string, string>()
  for (const { key, attributes } of terms) {
    const set = new Set<string>()
    const add = (value: string | undefined): void => {
      if (!value) return
      set.add(normName(value))
      for (const part of nameParts(value)) set.add(part)
    }
    if (attributes?.kind === 'term') {
      add(attributes.label)
      add(attributes.expansion)
      add(attributes.gloss)
      for (const alias of attributes.aliases) add(alias)
    }
    names.set(key, set)
    const label = normName(attributes?.label ?? key)
    if (!byLabel.has(label)) byLabel.set(label, key)
  }
  return (name) => {
    const folded = normName(name)
    const exact = byLabel.get(folded)
    if (exact !== undefined) return exact
    const want = nameParts(name)
    want.add(folded)
    let best: string | undefined
    let bestScore = 0
    for (const [key, set] of names) {
      let score = 0
      for (const part of want) if (set.has(part)) score++
      if (score > bestScore) [best, bestScore] = [key, score]
    }
    return best
  }
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`)

/** Every related pair of term keys: joined by an edge, or members of one concept. */
function relatedPairs(graph: GraphJSON): Set<string> {
  const nodes = new Map(graph.nodes.map((n) => [n.key, n]))
  const related = new Set<string>()
  const members = new Map<string, Set<string>>()
  const join = (concept: string, term: string): void => {
    const set = members.get(concept) ?? new Set<string>()
    set.add(term)
    members.set(concept, set)
  }
  for (const { source, target } of graph.edges) {
    if (!nodes.has(source) || !nodes.has(target) || source === target) continue
    const [s, t] = [kindOf(nodes.get(source)), kindOf(nodes.get(target))]
    if (s === 'term' && t === 'term') related.add(pairKey(source, target))
    else if (s === 'term') join(target, source)
    else if (t === 'term') join(source, target)
  }
  for (const set of members.values()) {
    const list = [...set]
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) related.add(pairKey(list[i] ?? '', list[j] ?? ''))
  }
  return related
}

/** Scores one graph against its gold labels. */
export function scoreReal(graph: GraphJSON, gold: RealGold): RealScore {
  const resolve = createResolver(graph)
  const related = relatedPairs(graph)
  const termsFound = graph.nodes.filter((n) => kindOf(n) === 'term').length
  const termsWanted = [gold.entries, ...(gold.distinctTerms ? [gold.distinctTerms] : [])]
  const linked = (a: string, b: string): boolean => {
    const [ka, kb] = [resolve(a), resolve(b)]
    return ka !== undefined && kb !== undefined && ka !== kb && related.has(pairKey(ka, kb))
  }
  const missed = gold.pairs.filter(([a, b]) => !linked(a, b)).map(([a, b]) => `${a}~${b}`)
  const traps = gold.traps.filter(([a, b]) => linked(a, b)).map(([a, b]) => `${a}~${b}`)
  const pairsTotal = gold.pairs.length
  const pairsFound = pairsTotal - missed.length
  return {
    termsFound,
    termsWanted,
    countOk: termsWanted.some((w) => Math.abs(termsFound - w) <= 0.1 * w),
    pairsFound,
    pairsTotal,
    recall: pairsTotal === 0 ? 0 : pairsFound / pairsTotal,
    missed,
    traps,
  }
}

/** Whether one file passes score.py's rule. */
export const passes = (score: RealScore, rule: PassRule): boolean =>
  score.countOk && score.recall >= rule.minRecall && score.traps.length <= rule.maxTraps
