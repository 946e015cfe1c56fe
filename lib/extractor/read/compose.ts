/**
 * The definition of an entry written over several blocks and lines (paragraphs, nested bullets,
 * soft-broken lines): one text, with examples set apart so they feed mentions without reading as
 * the definition, and labelled lines (fields.ts) sent where they belong: `中文：…`, `英文：…`,
 * `Also known as: …` are names of the term, `一句话：…` is definition, `Example: …` an example,
 * and `See also: X` ends the definition as `→ X`, where a reader finds it.
 */
import type { List, Nodes } from 'mdast'
import { hasHan } from '../../format/text'
import { normalizeText } from '../prose'
import { fieldNames, isNameField, readField } from './fields'
import { blockText } from './inline-text'
import { joinLines, lineText, paragraphLines } from './lines'
import type { RawEntry } from './raw-entry'

/** A bullet or paragraph that is an example rather than part of the definition. */
export const isExample = (text: string): boolean => readField(text)?.kind === 'example'

export interface Composed {
  definition: string
  /** Examples, for the text mentions are found in. */
  extra: string
  /** Names given by labelled lines, when there are any. */
  names?: NonNullable<RawEntry['names']>
}

/**
 * Paragraphs, lists and quotes → one definition, examples apart. `lead` is the text written on
 * the name's own line and the lines after it in the same paragraph, one string per line.
 */
export function composeBlocks(blocks: readonly Nodes[], lead: readonly string[] = []): Composed {
  const parts = new Parts()
  parts.addLines(lead)
  for (const block of blocks) {
    if (block.type === 'list') {
      for (const text of listTexts(block)) parts.add(text)
    } else if (block.type === 'paragraph') {
      const lines = paragraphLines(block).map((line) => lineText(line.nodes))
      // A bold line alone names what the next part says (`**Input Layer**` then its text).
      if (isBoldLabel(block) && lines[0]) lines[0] += hasHan(lines[0].slice(-1)) ? '：' : ':'
      parts.addLines(lines)
    } else parts.add(normalizeText(blockText(block)))
  }
  return parts.composed()
}

/** The parts of a definition as they are read, sorted by what their label says. */
class Parts {
  private definition: string[] = []
  private examples: string[] = []
  private seeAlso: string[] = []
  private names: NonNullable<RawEntry['names']> = {}

  /** Lines of one paragraph: labelled ones apart, the others joined as their soft breaks were. */
  addLines(lines: readonly string[]): void {
    let run: string[] = []
    for (const line of lines) {
      if (readField(line)) {
        this.add(joinLines(run))
        this.add(line)
        run = []
      } else run.push(line)
    }
    this.add(joinLines(run))
  }

  add(text: string): void {
    if (!text) return
    const field = readField(text)
    if (!field) return void this.definition.push(text)
    if (field.kind === 'example') this.examples.push(text)
    // A cross-reference is written the way dictionaries mark one, with an arrow: its label
    // ("另请参阅", "See also") says nothing about the term, so it stays out of the words
    // concepts are found in.
    else if (field.kind === 'see-also') this.seeAlso.push(field.value && `→ ${field.value}`)
    else if (field.kind === 'definition') this.definition.push(field.value)
    else if (isNameField(field.kind)) this.addNames(field.kind, fieldNames(field.value))
    // A credit inside an entry ("来源：…") is said about the entry: it stays as written.
    else this.definition.push(text)
  }

  private addNames(kind: 'gloss' | 'expansion' | 'alias', names: readonly string[]): void {
    const [first, ...others] = names
    if (!first) return
    const slot = kind === 'alias' ? undefined : kind
    const aliases = [...(this.names.aliases ?? [])]
    if (slot && !this.names[slot]) this.names[slot] = first
    else aliases.push(first)
    aliases.push(...others)
    if (aliases.length > 0) this.names.aliases = aliases
  }

  composed(): Composed {
    const names = Object.keys(this.names).length > 0 ? { names: this.names } : {}
    return {
      definition: joinParts([...this.definition, ...this.seeAlso]),
      extra: joinParts(this.examples),
      ...names,
    }
  }
}

const isBoldLabel = (block: Nodes): boolean =>
  block.type === 'paragraph' &&
  block.children.length === 1 &&
  block.children[0]?.type === 'strong' &&
  !/[:：.。]$/.test(normalizeText(blockText(block)))

/** Every bullet of a list, nested ones included, as one text each. */
function listTexts(list: List): string[] {
  return list.children.flatMap((item) =>
    item.children.flatMap((child) =>
      child.type === 'list' ? listTexts(child) : [normalizeText(blockText(child))],
    ),
  )
}

/**
 * Parts joined into one text: nothing after a sentence's own punctuation, else "；" in
 * Chinese and "; " in English, so bullets stay apart as they were on the page.
 */
export function joinParts(parts: readonly string[]): string {
  let out = ''
  for (const part of parts.filter(Boolean)) {
    if (!out) out = part
    else if (/[。！？；：]$/.test(out)) out += part
    else if (/[.!?;:]$/.test(out)) out += ` ${part}`
    else out += hasHan(out.slice(-1) + part.charAt(0)) ? `；${part}` : `; ${part}`
  }
  return out
}
