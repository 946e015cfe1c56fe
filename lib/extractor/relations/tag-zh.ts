/**
 * Chinese words with their parts of speech (jieba's tagger), for reading the shape of a defining
 * phrase. Names the glossary knows (term names, concepts) are whole nouns, and a mention found by
 * the linker is one token whatever jieba would cut, so `强化学习中近短策略优化算法` reads
 * 强化学习 / 中 / 近 / 短 / 策略 / 优化 / 算法 rather than splitting a name or gluing 中 to what follows.
 */
import type { Jieba } from '@node-rs/jieba'
import { hasHan } from '../../format/text'
import { jiebaWith } from '../concepts/segment'

export interface TaggedWord {
  word: string
  /** jieba's tag (ICTCLAS set: n noun, v verb, vn verbal noun, a adjective, d adverb, m numeral, uj 的 …); `name` for a known name. */
  tag: string
  start: number
  end: number
}

export interface ChineseTagger {
  /** Tagged words of `text`; each of `names` (ranges in `text`) is one word tagged `name`. */
  tag(text: string, names?: ReadonlyArray<{ start: number; end: number }>): TaggedWord[]
}

/** Locative particles that follow a name and belong to it, not to the next word ("MoE中的"). */
const LOCATIVE = /^[中里内上]/

/** A tagger that knows `userWords` (term names, concept labels) as nouns. */
export function createChineseTagger(userWords: readonly string[] = []): ChineseTagger {
  const extra = [...new Set(userWords.filter(hasHan).map((w) => w.replace(/\s+/g, '')))]
  // Loaded on the first Chinese text: a glossary without any never pays for the dictionary.
  let jieba: Jieba | undefined
  const load = (): Jieba => (jieba ??= jiebaWith(extra.map((w) => `${w} 100000 n`).join('\n')))

  // Cuts one stretch of plain text; offsets are searched because jieba may drop nothing but spaces.
  const cut = (text: string, offset: number, out: TaggedWord[]) => {
    if (!text.trim()) return
    let cursor = 0
    for (const { word, tag } of load().tag(text, false)) {
      const at = text.indexOf(word, cursor)
      if (at < 0) continue
      cursor = at + word.length
      if (word.trim()) out.push({ word, tag, start: offset + at, end: offset + cursor })
    }
  }

  return {
    tag(text, names = []) {
      const out: TaggedWord[] = []
      let last = 0
      for (const span of [...names].sort((a, b) => a.start - b.start)) {
        if (span.start < last || span.end > text.length) continue
        cut(text.slice(last, span.start), last, out)
        out.push({ word: text.slice(span.start, span.end), tag: 'name', start: span.start, end: span.end })
        last = span.end
        const after = LOCATIVE.exec(text.slice(last))
        if (after) {
          out.push({ word: after[0], tag: 'f', start: last, end: last + 1 })
          last += 1
        }
      }
      cut(text.slice(last), last, out)
      return out
    },
  }
}

let plain: ChineseTagger | undefined

/**
 * A tagger with jieba's own dictionary only, made once per process: it reads names without
 * knowing them as words (文本/转/语音), and loading the dictionary costs about half a second.
 */
export const plainChineseTagger = (): ChineseTagger => (plain ??= createChineseTagger())
