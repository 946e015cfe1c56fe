/**
 * What a hover preview of a term or concept says: its label, its other names, the start of its
 * definition and its concepts. Pure, so the card only lays it out.
 */
import { membersOf, outEdges, type Lookup } from './lookup'

export interface HoverCardContent {
  label: string
  kind: 'term' | 'concept'
  /** Other names: expansion, Chinese name, aliases (each once, never the label). */
  names: string[]
  /** The first `max` characters of the definition (cut on a character, with "…"); empty for a concept. */
  excerpt: string
  /** Concept labels of a term. */
  concepts: string[]
  /** How many terms belong to a concept (the card says so in the UI's language); 0 for a term. */
  members: number
}

/** About this many characters of definition: one or two lines of a small card. */
const EXCERPT = 80

/** Cuts text to at most `max` characters (code points, so no half of a surrogate pair), adding "…". */
export function excerpt(text: string, max = EXCERPT): string {
  const chars = [...text.trim()]
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max).join('').trimEnd()}…`
}

/** The preview of a node (graph key), or undefined when the graph has no such node. */
export function hoverCardOf(l: Lookup, id: string): HoverCardContent | undefined {
  const n = l.nodes.get(id)
  if (!n) return undefined
  const seen = new Set([n.label.toLowerCase()])
  const names = (n.kind === 'term' ? [n.expansion, n.gloss, ...n.aliases] : [n.labelEn, ...n.aliases]).filter(
    (name): name is string => {
      if (!name || seen.has(name.toLowerCase())) return false
      seen.add(name.toLowerCase())
      return true
    },
  )
  if (n.kind === 'concept')
    return {
      label: n.label,
      kind: 'concept',
      names,
      excerpt: '',
      concepts: [],
      members: membersOf(l, id).length,
    }
  const concepts = outEdges(l, id).flatMap((e) => {
    const c = e.kind === 'concept' ? l.nodes.get(e.target) : undefined
    return c ? [c.label] : []
  })
  return { label: n.label, kind: 'term', names, excerpt: excerpt(n.definition), concepts, members: 0 }
}
