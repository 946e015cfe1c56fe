/**
 * The typed relations an edge may carry (see `EdgeRelation` in types.ts), as runtime values:
 * the checks and the legends need the list, types.ts holds no runtime code.
 */
import type { EdgeRelation } from './types'

/** Every relation, in the order legends and tables list them. */
export const EDGE_RELATIONS: readonly EdgeRelation[] = ['is-a', 'part-of', 'based-on', 'contrast', 'same-as']

/** True when `value` is one of the relations. */
export const isEdgeRelation = (value: unknown): value is EdgeRelation =>
  EDGE_RELATIONS.some((r) => r === value)
