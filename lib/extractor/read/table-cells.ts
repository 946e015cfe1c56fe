/**
 * Table cells → plain text, the two ways a glossary table uses them. A definition cell reads
 * like running text (links keep their address, `<br>` starts a new line); a name cell gives
 * just the name (`[LoRA](https://…)` is "LoRA"), because the address is not part of the name.
 */
import type { PhrasingContent, TableCell } from 'mdast'
import { hasHan } from '../../format/text'
import { normalizeText } from '../prose'
import { inlineIds } from './inline-html'
import { inlineText, nameText } from './inline-text'
import { linksIn, type WrittenLink } from './links'

/** What a cell says, read both ways, plus the facts the table reader decides on. */
export interface CellText {
  /** As running text: links keep their address, `<br>` is a line break. */
  text: string
  /** As a name: links give their text only, `<br>` is a space. */
  name: string
  /** The whole cell is bold or italic (`**Training**`): a group row's mark. */
  emphasised: boolean
  /** The whole cell is one link into the same page (`[A](#a)`): a table of contents' mark. */
  inPageLink: boolean
  /** The links in the cell, for a definition cell's RawEntry.links. */
  links: WrittenLink[]
  /** Ids inline HTML gives the cell (`<a name="lora"></a>`), for a name cell's anchors. */
  ids: string[]
}

// Placeholders authors write for "nothing here".
const EMPTY_MARK = /^(?:[-–—―/\\?？*]+|n\/?a|none|null|无|暂无|空)$/i
const LINE_BREAK_TAG = /^<br\s*\/?>$/i

/** Read one cell. */
export function readCell(cell: TableCell): CellText {
  const content = cell.children.filter((node) => !(node.type === 'text' && node.value.trim() === ''))
  const only = content.length === 1 ? content[0] : undefined
  return {
    text: clean(linesOf(cell.children, (nodes) => inlineText(nodes)).join('\n')),
    name: clean(linesOf(unlink(cell.children), (nodes) => nameText(nodes)).join(' ')),
    emphasised: only !== undefined && (only.type === 'strong' || only.type === 'emphasis'),
    inPageLink: only !== undefined && only.type === 'link' && only.url.startsWith('#'),
    links: linksIn(cell.children),
    ids: inlineIds(cell.children),
  }
}

/** The cell's content split at top-level `<br>` tags, each part read by `read`. */
function linesOf(nodes: readonly PhrasingContent[], read: (nodes: PhrasingContent[]) => string): string[] {
  const lines: PhrasingContent[][] = [[]]
  for (const node of nodes) {
    if (node.type === 'break' || (node.type === 'html' && LINE_BREAK_TAG.test(node.value.trim())))
      lines.push([])
    else lines[lines.length - 1]?.push(node)
  }
  return lines.map(read)
}

/** Links replaced by their content, at any depth (`**[LoRA](…)**` is `**LoRA**`). */
function unlink(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  return nodes.flatMap((node): PhrasingContent[] => {
    if (node.type === 'link') return unlink(node.children)
    if (node.type === 'strong' || node.type === 'emphasis' || node.type === 'delete') {
      return [{ ...node, children: unlink(node.children) }]
    }
    return [node]
  })
}

/** Each line normalised; a placeholder ("—", "N/A") is an empty cell. */
function clean(text: string): string {
  const lines = text
    .split('\n')
    .map(normalizeText)
    .filter((line) => line !== '')
  const joined = lines.join('\n')
  return EMPTY_MARK.test(joined) ? '' : joined
}

/**
 * A name cell that holds an English and a Chinese name side by side
 * ("Large Language Model 大语言模型", "大语言模型（LLM）") split into the two;
 * a cell in one script (or mixed inside one name, "Prompt 缓存") goes whole to its script's side.
 */
export function splitByScript(name: string): { latin?: string; han?: string } {
  // The two names stand apart by a space, a slash or a bar, or the second is in brackets.
  const latinThenHan =
    /^([^\p{Script=Han}]*[A-Za-z][^\p{Script=Han}]*?)(?:[\s/／|｜]+|\s*[（(])([\p{Script=Han}][^A-Za-z]*?)[)）]?$/u
  const hanThenLatin =
    /^([\p{Script=Han}][^A-Za-z]*?)(?:[\s/／|｜]+|\s*[（(])([A-Za-z][^\p{Script=Han}]*?)[)）]?$/u
  const forward = latinThenHan.exec(name)
  if (forward?.[1] && forward[2]) return { latin: forward[1].trim(), han: forward[2].trim() }
  const backward = hanThenLatin.exec(name)
  if (backward?.[1] && backward[2]) return { han: backward[1].trim(), latin: backward[2].trim() }
  return hasHan(name) ? { han: name } : { latin: name }
}
