/**
 * Node keys in graph.json. Shared by the extractor and the browser (tiny, no dependencies).
 * Terms are keyed by their slug; concept keys carry a prefix so they never collide with a term slug.
 */

const CONCEPT_PREFIX = 'concept:'

/** Node key of a term. */
export const termKey = (slug: string): string => slug

/** Node key of a concept. */
export const conceptKey = (slug: string): string => `${CONCEPT_PREFIX}${slug}`

/** The slug inside a concept key, or undefined for a term key. */
export const conceptSlugOf = (key: string): string | undefined =>
  key.startsWith(CONCEPT_PREFIX) ? key.slice(CONCEPT_PREFIX.length) : undefined

/** Edge key in graph.json: kind, source and target (a graph has at most one edge per triple). */
export const edgeKey = (kind: string, source: string, target: string): string =>
  `${kind}:${source}->${target}`
