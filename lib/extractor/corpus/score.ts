/**
 * Scores an extracted graph against hand labels (lib/__fixtures__/shapes/labels.ts): which
 * entries became terms (by name: every name a reader counts must find a term, and every term
 * must be found by one), how many of the pairs a reader would link are linked, and how many
 * pairs that must stay apart were linked anyway.
 *
 * A pair is linked when its two terms are joined by a mention edge (either direction) or are
 * both members of one concept node. A term is found by its label or any alias, compared after
 * NFKC, white-space folding and lower-casing; a name written as "A / B" that matches nothing
 * whole is also tried part by part, because readers may split it into two names.
 */
import type { GlossaryGraph } from '../graph/build'
import { normalizeText } from '../prose'

/** What the score needs from a fixture's hand labels (FixtureLabels in lib/__fixtures__/shapes/labels.ts). */
export interface ScoreLabels {
  entries: number
  /** The entries a reader counts, each by one of its names (repeated terms once). */
  names: readonly string[]
  pairs: ReadonlyArray<readonly [string, string]>
  unrelated: ReadonlyArray<readonly [string, string]>
}

export interface FixtureScore {
  entriesFound: number
  entriesExpected: number
  /** Labelled pairs found linked, out of `pairsTotal`. */
  pairsFound: number
  pairsTotal: number
  /** pairsFound / pairsTotal (1 when there are no pairs). */
  recall: number
  /** Labelled pairs that are not linked, for the report. */
  missed: Array<readonly [string, string]>
  /** `unrelated` pairs that are linked. */
  wrong: Array<readonly [string, string]>
  /** Names in the pairs that match no term (a missed entry or a name the reader did not split). */
  unknownNames: string[]
  /** Entry names (ScoreLabels.names) that match no term: entries the extractor did not read. */
  missingEntries: string[]
  /** Labels of terms no entry name matches: text read as an entry that is none. */
  extraTerms: string[]
}

const fold = (name: string): string => normalizeText(name).toLowerCase()

/** Term node keys by every folded name (label and aliases). */
function indexNames(graph: GlossaryGraph): Map<string, Set<string>> {
  const byName = new Map<string, Set<string>>()
  graph.forEachNode((key, attributes) => {
    if (attributes.kind !== 'term') return
    for (const name of [attributes.label, ...attributes.aliases]) {
      const folded = fold(name)
      const keys = byName.get(folded) ?? new Set<string>()
      keys.add(key)
      byName.set(folded, keys)
    }
  })
  return byName
}

function locate(byName: Map<string, Set<string>>, name: string): string[] {
  const whole = byName.get(fold(name))
  if (whole) return [...whole]
  if (!/[/／]/.test(name)) return []
  return name.split(/[/／]/).flatMap((part) => [...(byName.get(fold(part)) ?? [])])
}

const conceptsOf = (graph: GlossaryGraph, term: string): string[] =>
  graph.outNeighbors(term).filter((n) => graph.getNodeAttribute(n, 'kind') === 'concept')

function linked(graph: GlossaryGraph, a: string, b: string): boolean {
  if (a === b) return false
  const mention = (from: string, to: string): boolean =>
    graph.someEdge(from, to, (_edge, attributes) => attributes.kind === 'mention')
  if (mention(a, b) || mention(b, a)) return true
  const concepts = new Set(conceptsOf(graph, a))
  return conceptsOf(graph, b).some((c) => concepts.has(c))
}

/** Scores one extracted glossary against its hand labels. */
export function scoreFixture(graph: GlossaryGraph, labels: ScoreLabels): FixtureScore {
  const byName = indexNames(graph)
  const unknown = new Set<string>()
  const isLinked = ([x, y]: readonly [string, string]): boolean => {
    const [xs, ys] = [locate(byName, x), locate(byName, y)]
    if (xs.length === 0) unknown.add(x)
    if (ys.length === 0) unknown.add(y)
    return xs.some((a) => ys.some((b) => linked(graph, a, b)))
  }
  const missed = labels.pairs.filter((pair) => !isLinked(pair))
  const wrong = labels.unrelated.filter(isLinked)
  const named = new Set<string>()
  const missingEntries = labels.names.filter((name) => {
    const keys = locate(byName, name)
    for (const key of keys) named.add(key)
    return keys.length === 0
  })
  const extraTerms = graph
    .filterNodes((key, attributes) => attributes.kind === 'term' && !named.has(key))
    .map((key) => graph.getNodeAttribute(key, 'label'))
  const pairsTotal = labels.pairs.length
  const pairsFound = pairsTotal - missed.length
  return {
    entriesFound: graph.filterNodes((_key, attributes) => attributes.kind === 'term').length,
    entriesExpected: labels.entries,
    pairsFound,
    pairsTotal,
    recall: pairsTotal === 0 ? 1 : pairsFound / pairsTotal,
    missed,
    wrong,
    unknownNames: [...unknown],
    missingEntries,
    extraTerms,
  }
}
