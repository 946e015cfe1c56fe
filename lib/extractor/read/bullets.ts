/**
 * Bullet reader: one list item per term.
 *   - `- 名称，释义` (the one-line dialect: the whole text is the head, parse splits it)
 *   - `- **Term**: definition`, `- **Term** — definition`, `- [Term](url): definition`
 *   - `- Term：definition`, `- Term - definition`
 *   - `- **Term**` or `- Term` whose definition is the nested bullets under it
 * A term that has its own definition may list narrower terms in nested bullets written the
 * same way (`- Optimizer: … ` then `  - Learning Rate Schedule: …`): those are entries too,
 * and stay in the parent's text, which mentions them.
 */
import type { List, ListItem } from 'mdast'
import type { Diagnostic } from '../diagnostics'
import { normalizeText } from '../prose'
import { composeBlocks, isExample } from './compose'
import type { BlockReading, RawEntry, ReadContext } from './raw-entry'
import { isNameLike, leadingName, plainSplit, type HeadSplit } from './head'
import { blockText } from './inline-text'
import { lineText, paragraphLines } from './lines'
import { linksIn } from './links'

/** Read every item of a list as an entry, or say why not. */
export function readBullets(list: List, context: ReadContext): BlockReading {
  const entries: RawEntry[] = []
  const diagnostics: Diagnostic[] = []
  for (const item of list.children) {
    const line = item.position?.start.line ?? 0
    const entry = itemEntry(item, line, context.section)
    if (typeof entry === 'string') {
      diagnostics.push({ severity: 'note', source: { file: context.file, line }, message: entry })
    } else entries.push(entry, ...narrowerEntries(item, entry, context.section))
  }
  return { entries, diagnostics }
}

/** Nested `Name: definition` bullets under a term that has a definition of its own. */
function narrowerEntries(item: ListItem, parent: RawEntry, section: string | undefined): RawEntry[] {
  const [first, ...others] = item.children
  const head = first?.type === 'paragraph' ? paragraphLines(first)[0] : undefined
  const own = head && (leadingName(head.nodes) ?? plainSplit(lineText(head.nodes)))
  if (!own?.rest || parent.definition === undefined) return []
  return others.flatMap((block) =>
    block.type !== 'list'
      ? []
      : block.children.flatMap((child) => {
          const [paragraph] = child.children
          const line = paragraph?.type === 'paragraph' ? paragraphLines(paragraph)[0] : undefined
          const split = line && (leadingName(line.nodes) ?? plainSplit(lineText(line.nodes)))
          if (!line || !split?.rest || isExample(lineText(line.nodes)) || !isNameLike(split.head)) return []
          const entry = itemEntry(child, child.position?.start.line ?? 0, section)
          return typeof entry === 'string' ? [] : [entry]
        }),
  )
}

/** True when most items of the list start with a name: a list of entries, not a definition in bullets. */
export function looksLikeEntries(list: List): boolean {
  const named = list.children.filter((item) => {
    const first = item.children[0]
    if (first?.type !== 'paragraph') return false
    const line = paragraphLines(first)[0]
    if (!line) return false
    const text = lineText(line.nodes)
    return Boolean(leadingName(line.nodes) ?? plainSplit(text)) || /^[^，,]{1,30}[，,]/.test(text)
  })
  return named.length * 2 > list.children.length
}

/** One item → an entry, or the reason it is not one. */
function itemEntry(item: ListItem, line: number, section: string | undefined): RawEntry | string {
  if (typeof item.checked === 'boolean') return 'skipped task (a to-do, not a term)'
  const [first, ...others] = item.children
  const lines = first?.type === 'paragraph' ? paragraphLines(first) : []
  const [head, ...more] = lines
  const split: HeadSplit | undefined = head && (leadingName(head.nodes) ?? plainSplit(lineText(head.nodes)))
  const links = linksIn(item.children)
  const base = {
    shape: 'bullet' as const,
    line,
    ...(section ? { section } : {}),
    ...(links.length ? { links } : {}),
  }
  if (split) {
    const lead = [split.rest, ...more.map((l) => lineText(l.nodes))]
    const anchors = split.anchors ? { anchors: split.anchors } : {}
    return withDefinition({ ...base, ...anchors, head: split.head }, composeBlocks(others, lead))
  }
  const text = first?.type === 'paragraph' ? normalizeText(blockText(first)) : ''
  if (text && isNameLike(text) && others.some((block) => block.type === 'list')) {
    return withDefinition({ ...base, head: text }, composeBlocks(others))
  }
  const whole = dialectText(item)
  // An empty bullet ("- ") is a placeholder in a glossary, not an entry.
  if (!whole) return 'skipped empty bullet'
  if (isSentence(whole)) return 'skipped bullet (a sentence, not a term)'
  return { ...base, head: whole }
}

/** A head written apart from its definition: `definition` is set, even empty, so parse reads the head as names. */
function withDefinition(
  entry: RawEntry,
  { definition, extra, names }: ReturnType<typeof composeBlocks>,
): RawEntry {
  return { ...entry, definition, ...(extra ? { extra } : {}), ...(names ? { names } : {}) }
}

/** No comma to split at, and it reads as a sentence: ends like one, or is too long for a name. */
const isSentence = (text: string): boolean =>
  !/[，,]/.test(text) && (/[.。!！?？]$/.test(text) || text.split(/\s+/).length > 8)

/** The one-line dialect: the item's text with nested bullets joined by "；". */
function dialectText(item: ListItem): string {
  const parts: string[] = []
  for (const child of item.children) {
    if (child.type === 'list') parts.push(...nestedListText(child))
    else parts.push(blockText(child))
  }
  return normalizeText(parts.filter(Boolean).join('；'))
}

/** Nested bullets are details of their parent entry: they join its text. */
function nestedListText(list: List): string[] {
  return list.children.flatMap((item) =>
    item.children.flatMap((child) => (child.type === 'list' ? nestedListText(child) : [blockText(child)])),
  )
}
