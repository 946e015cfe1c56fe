/**
 * Where an entry's links stand in its final definition. The readers write a link as its text
 * followed by its address in brackets (`ReLUs（#relu）`, `第十二章（../12/README.md）`) and hand
 * over the links they saw (RawEntry.links); this finds each, in order, and gives the span of its
 * visible text (Term.definitionLinks). An address that is not a web address (`#relu`,
 * `../ch12/README.md`) is taken out of the text: a reader of the page never sees it, its words
 * are no part of the definition, and the span keeps it.
 */
import type { DefinitionLink } from '../../format/types'
import type { WrittenLink } from '../read/links'

const WEB_ADDRESS = /^https?:\/\//i

/** The definition with in-page addresses taken out, and the span of every link found in it. */
export function placeLinks(
  definition: string,
  links: readonly WrittenLink[],
): { definition: string; links: DefinitionLink[] } {
  // The text is rebuilt piece by piece (`out`), so many links in a long definition stay linear.
  const out: string[] = []
  let length = 0
  const placed: DefinitionLink[] = []
  let cursor = 0
  const keep = (to: number) => {
    out.push(definition.slice(cursor, to))
    length += to - cursor
    cursor = to
  }
  for (const { text: shown, href } of links) {
    const bare = !shown || shown === href
    const written = bare ? href : `${shown}（${href}）`
    const at = definition.indexOf(written, cursor)
    if (at < 0) continue
    const visible = bare ? href : shown
    keep(at)
    placed.push({ start: length, end: length + visible.length, href })
    keep(at + visible.length)
    // Only a web address stays in the text, where the page turns it into a link; an address
    // inside the page or the author's site (`#relu`, `../ch12/README.md`) is skipped, not kept.
    if (!bare && !WEB_ADDRESS.test(href)) cursor = at + written.length
    else keep(at + written.length)
  }
  keep(definition.length)
  return { definition: out.join(''), links: placed }
}

/** Spans moved by `offset`, for a definition that now starts later (merged entries). */
export const shiftLinks = (links: readonly DefinitionLink[], offset: number): DefinitionLink[] =>
  links.map((link) => ({ ...link, start: link.start + offset, end: link.end + offset }))
