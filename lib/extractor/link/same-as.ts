/**
 * Two entries for one thing that the parse stage kept apart (each explains the term in its own
 * words): a mention edge from the later entry to the earlier one, typed `same-as`, so a reader on
 * either finds the other. The evidence is the later entry's names, which show the shared one.
 */
import type { Term } from '../../format/types'
import type { SameAsPair } from '../parse/merge'
import type { TypedRelation } from '../relations'
import type { Mention } from './mentions'

export function sameAsLinks(
  terms: readonly Term[],
  pairs: readonly SameAsPair[],
  mentions: readonly Mention[],
): { mentions: Mention[]; relations: TypedRelation[] } {
  const linked = new Set(mentions.map((m) => `${m.source}>${m.target}`))
  const added: Mention[] = []
  const relations: TypedRelation[] = []
  for (const [later, earlier] of pairs) {
    const names = terms[later]?.aliases ?? []
    if (!linked.has(`${later}>${earlier}`)) {
      added.push({ source: later, target: earlier, evidence: names.join(' / ') })
    }
    relations.push({ source: later, target: earlier, relation: 'same-as' })
  }
  return { mentions: [...mentions, ...added], relations }
}
