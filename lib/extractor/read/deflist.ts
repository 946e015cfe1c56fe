/**
 * Definition lists (PHP Markdown Extra, Pandoc): a `Term` line, then one or more
 * `: definition` lines. Remark has no syntax for them, so they arrive as paragraphs whose
 * lines start with ": "; a paragraph may hold several terms, and a blank line may sit
 * between a term and its definition.
 */
import type { Paragraph, RootContent } from 'mdast'
import { normalizeText } from '../prose'
import { joinParts } from './compose'
import type { RawEntry, ReadContext } from './raw-entry'
import { isNameLike } from './head'
import { inlineIds } from './inline-html'
import { nameText } from './inline-text'
import { joinLines, lineText, paragraphLines, type Line } from './lines'
import { linksIn, type WrittenLink } from './links'
import type { RunReading } from './run'

const DEFINITION_LINE = /^:[ \t]+/

const isDefinitionLine = (line: Line | undefined): boolean =>
  line !== undefined && DEFINITION_LINE.test(lineText(line.nodes))

const hasDefinitionLine = (block: RootContent | undefined): block is Paragraph =>
  block?.type === 'paragraph' && paragraphLines(block).some(isDefinitionLine)

/** A lone name-like line whose definition is the next paragraph (`Term`, blank line, `: def`). */
function isLoneTerm(block: RootContent | undefined, next: RootContent | undefined): block is Paragraph {
  if (block?.type !== 'paragraph') return false
  const lines = paragraphLines(block)
  const [only] = lines
  return (
    lines.length === 1 && only !== undefined && isNameLike(lineText(only.nodes)) && startsWithDefinition(next)
  )
}

const startsWithDefinition = (block: RootContent | undefined): boolean =>
  block?.type === 'paragraph' && isDefinitionLine(paragraphLines(block)[0])

/** True when a definition list starts at `blocks[i]`. */
export const isDeflistStart = (blocks: readonly RootContent[], i: number): boolean =>
  hasDefinitionLine(blocks[i]) || isLoneTerm(blocks[i], blocks[i + 1])

interface Group {
  terms: Line[]
  definitions: string[][]
  links: WrittenLink[]
}

/** Read the definition list starting at `blocks[start]`. */
export function readDeflist(blocks: readonly RootContent[], start: number, context: ReadContext): RunReading {
  const groups: Group[] = []
  let i = start
  for (; i < blocks.length; i++) {
    const block = blocks[i]
    if (!hasDefinitionLine(block) && !isLoneTerm(block, blocks[i + 1])) break
    const lines = paragraphLines(block)
    for (let n = 0; n < lines.length; n++) {
      const line = lines[n]
      const group = groups[groups.length - 1]
      if (!line) continue
      if (isDefinitionLine(line)) {
        group?.definitions.push([lineText(line.nodes).replace(DEFINITION_LINE, '')])
        group?.links.push(...linksIn(line.nodes))
      } else if (!group || n === 0) {
        // A paragraph opens with its term (a blank line ends the definitions above).
        groups.push({ terms: [line], definitions: [], links: [] })
      } else if (group.definitions.length === 0) {
        group.terms.push(line)
      } else if (
        isDefinitionLine(lines[n + 1]) ||
        (n === lines.length - 1 && startsWithDefinition(blocks[i + 1]))
      ) {
        // After a definition, a line starts a new term only when a definition follows it…
        groups.push({ terms: [line], definitions: [], links: [] })
      } else {
        // …otherwise it continues the definition (a lazy continuation line).
        group.definitions[group.definitions.length - 1]?.push(lineText(line.nodes))
        group.links.push(...linksIn(line.nodes))
      }
    }
  }
  // Several terms over one definition are names of one entry: the first is its label.
  const entries = groups.flatMap((group): RawEntry[] => {
    const [term, ...others] = group.terms
    if (!term) return []
    const definition = joinParts(group.definitions.map(joinLines))
    const anchors = [...new Set(group.terms.flatMap((t) => inlineIds(t.nodes)))]
    const aliases = others.map((t) => normalizeText(nameText(t.nodes)))
    return [
      {
        shape: 'deflist',
        line: term.line,
        ...(context.section ? { section: context.section } : {}),
        head: normalizeText(nameText(term.nodes)),
        ...(aliases.length > 0 ? { names: { aliases } } : {}),
        ...(anchors.length > 0 ? { anchors } : {}),
        ...(definition ? { definition } : {}),
        ...(group.links.length > 0 ? { links: group.links } : {}),
      },
    ]
  })
  return { entries, diagnostics: [], next: i }
}
