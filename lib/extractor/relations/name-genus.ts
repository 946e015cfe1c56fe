/**
 * What a term's names say it is a kind of. A descriptive name is a qualifier and a head, and when
 * the head is the name of another term or concept of the glossary the name says the term is one of
 * those: 因果解码器 is a 解码器, `Monte-Carlo Reinforcement Learning` a reinforcement learning,
 * `System Prompt` a prompt, `Reinforcement Learning from Human Feedback` (the words before its
 * preposition) a reinforcement learning. A head that names nothing in the glossary says nothing
 * (奖励模型 is not read as "a 模型"), so a name gives no genus the glossary cannot back.
 */
import { hasHan } from '../../format/text'
import type { GenusResolver, NodeRef } from './genus-target'
import { tagEnglish } from './tag-en'
import type { ChineseTagger } from './tag-zh'

export interface NameGenus {
  /** The head as written in the name. */
  text: string
  target: NodeRef
  /** The name is the head with something added (`Adam with Weight Decay`): a variant of it, not a kind. */
  variant: boolean
}

const PREPOSITION = /\s+(?:of|in|for|from|with|without|plus|on|to|by|via|over|under|using|and)\s+/i
const ADDITION = /^\s+(?:with|without|plus)\s+/i

/**
 * Heads of a Chinese name, longest first, without the whole name: its endings of two characters
 * or more (the glossary's own names decide which are words). An ending right after a one-character
 * verb is that verb's object, not a head (文本转语音 is no kind of 语音).
 */
function chineseHeads(name: string, tagger: ChineseTagger): string[] {
  const compact = name.replace(/\s+/g, '')
  const chars = [...compact]
  const words = tagger.tag(compact)
  // A "name" with an adverb or a preposition in it is a sentence (人先给回答排序), not a name.
  if (words.some((w) => /^(d|ad|p)$/.test(w.tag))) return []
  const objects = new Set(
    words
      .filter((w) => [...w.word].length === 1 && /^v/.test(w.tag) && w.tag !== 'vn')
      .map((w) => compact.slice(w.end)),
  )
  return chars
    .slice(1, -1)
    .map((_c, i) => chars.slice(i + 1).join(''))
    .filter((head) => !head.startsWith('的') && !objects.has(head))
}

/**
 * Heads of an English name, longest first: endings of the words before its first preposition.
 * Spaces only separate words (`off-policy` is not a kind of policy). A one-word head counts after
 * a qualifier that describes (`causal decoder`, `Grouped-Query Attention`, `Paged Attention`), not
 * after a noun, which makes a compound of its own (`Rotary Position Embedding` is no Embedding).
 */
function englishHeads(name: string): string[] {
  const cut = PREPOSITION.exec(name)
  const head = cut ? name.slice(0, cut.index) : name
  const starts = [...head.matchAll(/\s+/g)].map((m) => m.index + m[0].length)
  const words = tagEnglish(head)
  const heads = starts.filter((start, i) => {
    if (i < starts.length - 1) return true
    const qualifier = words.filter((w) => w.end <= start).at(-1)
    return (
      qualifier !== undefined &&
      (/-/.test(qualifier.word) || qualifier.pos === 'ADJ' || qualifier.pos === 'VERB')
    )
  })
  // A number ends a name without being its head (`Brain Float 16` is no kind of `Float 16`).
  return [...(cut ? [head] : []), ...heads.map((s) => head.slice(s))].filter(
    (h) => h.trim().length > 1 && !/\d\s*$/.test(h),
  )
}

/**
 * Every head of `names` that names another node, in the order the names were given. `tagger`
 * must not know the names themselves as words (a plain tagger), or it could not see inside them.
 */
export function nameHeads(
  names: readonly string[],
  self: number,
  resolver: GenusResolver,
  tagger: ChineseTagger,
): NameGenus[] {
  const found: NameGenus[] = []
  for (const name of names) {
    const heads = hasHan(name) ? chineseHeads(name, tagger) : englishHeads(name)
    const cut = PREPOSITION.exec(name)
    for (const text of heads) {
      const target = resolver.named(text, self)
      if (target) {
        // Only the whole part before "with" is what was added to.
        const variant = Boolean(cut && ADDITION.test(cut[0]) && name.startsWith(text))
        found.push({ text, target, variant })
        break
      }
    }
  }
  return found
}
