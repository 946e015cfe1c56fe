/**
 * The definition of an entry written over several blocks (paragraphs, nested bullets):
 * one text, with examples set apart so they feed mentions without reading as the definition.
 */
import type { List, Nodes } from 'mdast'
import { hasHan } from '../../format/text'
import { normalizeText } from '../prose'
import { blockText } from './inline-text'

/** A bullet or paragraph that is an example rather than part of the definition. */
const EXAMPLE = /^(示例|例如|例子|举例|比如|examples?|e\.g\.)\s*[:：]/i

export const isExample = (text: string): boolean => EXAMPLE.test(text)

export interface Composed {
  definition: string
  /** Examples, for the text mentions are found in. */
  extra: string
}

/** Paragraphs, lists and quotes → one definition, examples apart. */
export function composeBlocks(blocks: readonly Nodes[], lead = ''): Composed {
  const parts: string[] = lead ? [lead] : []
  const examples: string[] = []
  for (const block of blocks) {
    const texts = block.type === 'list' ? listTexts(block) : [normalizeText(blockText(block))]
    for (const text of texts) {
      if (!text) continue
      if (EXAMPLE.test(text)) examples.push(text)
      else parts.push(text)
    }
  }
  return { definition: joinParts(parts), extra: joinParts(examples) }
}

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
