/**
 * Where an entry's links stand in its final definition. The readers write a link as its text
 * followed by its address in brackets (`ReLUs（#relu）`, `第十二章（../12/README.md）`) and hand
 * over the links they saw (RawEntry.links); this finds each, in order, and gives the span of its
 * visible text (Term.definitionLinks). An address inside the page (`#relu`) is taken out of the
 * text: a reader of the page never sees it, and the span keeps it.
 */
import type { DefinitionLink } from '../../format/types'
import type { WrittenLink } from '../read/links'

/** The definition with in-page addresses taken out, and the span of every link found in it. */
export function placeLinks(
  definition: string,
  links: readonly WrittenLink[],
): { definition: string; links: DefinitionLink[] } {
  let text = definition
  const placed: DefinitionLink[] = []
  let cursor = 0
  for (const { text: shown, href } of links) {
    const bare = !shown || shown === href
    const written = bare ? href : `${shown}（${href}）`
    const at = text.indexOf(written, cursor)
    if (at < 0) continue
    const visible = bare ? href : shown
    placed.push({ start: at, end: at + visible.length, href })
    if (!bare && href.startsWith('#')) {
      text = text.slice(0, at + visible.length) + text.slice(at + written.length)
      cursor = at + visible.length
    } else cursor = at + written.length
  }
  return { definition: text, links: placed }
}

/** Spans moved by `offset`, for a definition that now starts later (merged entries). */
export const shiftLinks = (links: readonly DefinitionLink[], offset: number): DefinitionLink[] =>
  links.map((link) => ({ ...link, start: link.start + offset, end: link.end + offset }))
