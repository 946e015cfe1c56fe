/**
 * Pinyin search keys, computed at build time so the browser needs no pinyin dictionary.
 * For "多头注意力机制" word by word ("duotou zhuyili jizhi", "dt zyl jz") so that
 * "zhuyili" or "zyl" finds it by prefix, plus the whole name run together.
 */
import { pinyin } from 'pinyin-pro'
import { hasHan } from '../../format/text'
import type { GlossaryGraph } from './build'

/** Splits Chinese text into words (jieba in the pipeline). */
export type WordSplitter = (text: string) => string[]

export function assignSearchKeys(graph: GlossaryGraph, splitWords: WordSplitter): void {
  // Names share words (注意力, 归一化…) and pinyin conversion dominates this stage: convert each word once.
  const cache = new Map<string, string[]>()
  const syllablesOf = (word: string): string[] => {
    let found = cache.get(word)
    if (!found) {
      found = syllables(word)
      cache.set(word, found)
    }
    return found
  }
  graph.forEachNode((node, attributes) => {
    const keys = new Set<string>()
    for (const name of [...attributes.aliases, attributes.label]) {
      if (!hasHan(name)) continue
      const words = splitWords(name).filter(hasHan)
      const full = words.map((w) => syllablesOf(w).join(''))
      const initials = words.map((w) =>
        syllablesOf(w)
          .map((s) => s.charAt(0))
          .join(''),
      )
      keys.add(full.join(' '))
      keys.add(initials.join(' '))
      keys.add(full.join(''))
      keys.add(initials.join(''))
    }
    graph.setNodeAttribute(node, 'pinyin', [...keys].filter(Boolean))
  })
}

function syllables(word: string): string[] {
  return pinyin(word.replace(/[^\p{Script=Han}]/gu, ''), { toneType: 'none', type: 'array', v: true })
}
