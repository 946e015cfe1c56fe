/**
 * Relation stage: what kind of thing each term is (its genus, and the node that genus names) and
 * how it relates to the terms it mentions (`is-a`, `part-of`, `based-on`, `contrast`, `same-as`).
 * It composes the readers in this folder and only types links the mention stage found: a relation
 * is an attribute of an existing mention edge, never a new edge.
 *
 * Priority when one mention could be read several ways: a pattern the text states around the
 * mention (基于M, unlike M), then the genus naming the term (`a smooth activation function` →
 * Activation Function), then a name's head (因果解码器 → 解码器).
 */
import type { EdgeRelation, Term } from '../../format/types'
import type { Concept } from '../concepts'
import type { Mention, MentionSpan, ScannedField } from '../link/mentions'
import { definingClauses, isChineseClause } from './clauses'
import type { RelationFinding } from './finding'
import { chineseGenus } from './genus-zh'
import { englishGenus } from './genus-en'
import { createGenusResolver, foldName, type NodeRef } from './genus-target'
import { nameHeads } from './name-genus'
import { chineseRelations } from './patterns-zh'
import { englishRelations } from './patterns-en'
import { createChineseTagger, plainChineseTagger } from './tag-zh'
import { blankUrls } from '../prose'

export type { NodeRef } from './genus-target'

interface TermGenus {
  /** The genus as the definition (or a name) writes it. */
  text: string
  /** The term or concept it names, if any. */
  target?: NodeRef
}

export interface TypedRelation {
  source: number
  target: number
  relation: EdgeRelation
}

export interface RelationResult {
  /** `genus[i]`: what term i is a kind of, if its entry says. */
  genus: Array<TermGenus | undefined>
  /** Relations on mention edges, by source then target. */
  relations: TypedRelation[]
}

/** Fields whose text the patterns read: the definition, and a Chinese name that describes (参数高效微调框架). */
const PATTERN_FIELDS: readonly ScannedField[] = ['definition', 'gloss']

/** Lower ranks win: what the text states, then the genus, then a name. */
const RANK = { pattern: 0, genus: 1, name: 2 } as const

export function findRelations(
  terms: readonly Term[],
  mentions: readonly Mention[],
  spans: readonly (readonly MentionSpan[])[],
  concepts: readonly Concept[],
): RelationResult {
  const tagger = createChineseTagger([
    ...terms.flatMap((t) => t.aliases),
    ...concepts.flatMap((c) => [c.label, ...c.aliases]),
  ])
  // Names are read by a tagger that does not know them, to see the words inside (文本/转/语音).
  const plainTagger = plainChineseTagger()
  const resolver = createGenusResolver({ terms, concepts })
  const linked = new Set(mentions.map((m) => `${m.source}>${m.target}`))
  const genus: Array<TermGenus | undefined> = []
  const relations: TypedRelation[] = []

  terms.forEach((term, self) => {
    const own = new Set(term.aliases.map(foldName))
    const isOwnName = (text: string): boolean => own.has(foldName(text)) || spellsOut(text, term.label)
    const found = new Map<number, { relation: EdgeRelation; rank: number; at: number }>()
    const offer = (target: number, relation: EdgeRelation, rank: number, at: number) => {
      const known = found.get(target)
      if (!known || rank < known.rank || (rank === known.rank && at < known.at))
        found.set(target, { relation, rank, at })
    }

    PATTERN_FIELDS.forEach((field, order) => {
      const text = term[field]
      if (!text) return
      const here = (spans[self] ?? []).filter((s) => s.field === field)
      const findings: RelationFinding[] = [...chineseRelations(text, here), ...englishRelations(text, here)]
      // The definition's own statements come before the name's.
      for (const f of findings) offer(f.target, f.relation, RANK.pattern, order * text.length + f.at)
    })

    // The Chinese name first: a Chinese glossary's genus reads best in Chinese (因果解码器 → 解码器).
    const names = [term.gloss, term.label, term.expansion].filter((n): n is string => Boolean(n))
    const heads = nameHeads(names, self, resolver, plainTagger)
    const isName = (phrase: string): boolean => resolver.named(phrase, self) !== undefined
    const stated = definitionGenus(term, spans[self] ?? [], isOwnName, tagger, isName)
    const fromName = heads[0]
    const resolved = stated && resolver.resolve(stated.text, self)
    const chosen: TermGenus | undefined = stated
      ? { text: stated.text, ...(resolved ? { target: resolved.ref } : {}) }
      : fromName && { text: fromName.text, target: fromName.target }
    const kindOf = stated ? resolved?.via === 'kind' : Boolean(fromName)
    if (chosen && !isOwnName(chosen.text)) {
      genus.push(chosen)
      // "LoRA trained on a 4-bit base": that term, changed, so a variant of it.
      if (chosen.target?.kind === 'term' && kindOf)
        offer(chosen.target.index, stated?.bare ? 'based-on' : 'is-a', RANK.genus, 0)
    } else genus.push(undefined)
    for (const head of heads) {
      if (head.target.kind !== 'term') continue
      // `Adam with Weight Decay` says as much as "Adam with …" in a definition would.
      if (head.variant) offer(head.target.index, 'based-on', RANK.genus, 0)
      else offer(head.target.index, 'is-a', RANK.name, 0)
    }

    for (const [target, { relation }] of [...found].sort(([a], [b]) => a - b)) {
      if (linked.has(`${self}>${target}`)) relations.push({ source: self, target, relation })
    }
  })
  return { genus, relations }
}

/**
 * True when `text` is the full name an abbreviation stands for: its capitalised words' initials
 * spell the label (`Direct Preference Optimization` for DPO), so it names the term, not its kind.
 */
export function spellsOut(text: string, label: string): boolean {
  if (!/^[A-Z][A-Za-z0-9]{1,7}$/.test(label) || !/[A-Z].*[A-Z]/.test(label)) return false
  const initials = text
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w.charAt(0))
    .join('')
  const capitals = label.replace(/[^A-Z]/g, '')
  return initials.length >= 2 && initials === capitals
}

/** The genus the definition's defining clause gives, Chinese or English. */
function definitionGenus(
  term: Term,
  spans: readonly MentionSpan[],
  isOwnName: (text: string) => boolean,
  tagger: ReturnType<typeof createChineseTagger>,
  isName: (phrase: string) => boolean,
): { text: string; bare: boolean } | undefined {
  // URLs are addresses, not words (`一般指https://…` defines nothing); blanking keeps offsets.
  for (const clause of definingClauses(blankUrls(term.definition), isOwnName)) {
    if (isChineseClause(clause)) {
      const names = spans
        .filter((s) => s.field === 'definition' && s.start >= clause.start && s.end <= clause.end)
        .map((s) => ({ start: s.start - clause.start, end: s.end - clause.start }))
      const found = chineseGenus(clause.text, tagger.tag(clause.text, names))
      if (found) return { text: found.text, bare: false }
    } else {
      const found = englishGenus(clause.text, isName)
      if (found) return { text: found.text, bare: found.bare }
    }
  }
  return undefined
}
