/**
 * Which node a genus names: a term or a concept of the same glossary. `注意力机制` names the
 * 注意力 concept (one of its names), `位置编码方法` names 位置编码 (a method of it), `检索增强
 * 语言模型` names 语言模型 (its head), `LoRA微调` names LoRA (the thing it is done with).
 *
 * Tried in order, first hit wins: the whole genus; its endings (Chinese and English put the head
 * last); the same after dropping a general head word (方法, 机制, method, …); finally the longest
 * beginning that is a term's name (named, but not a kind of it). Never the term itself.
 */
import { singular } from '../concepts/english'
import { hasHan } from '../../format/text'

/** A node of the graph to be: the index of a term, or of a concept. */
export type NodeRef = { kind: 'term'; index: number } | { kind: 'concept'; index: number }

export interface NamedNodes {
  terms: ReadonlyArray<{ aliases: readonly string[] }>
  concepts: ReadonlyArray<{ label: string; aliases: readonly string[] }>
}

/** General words for "a way of doing it": `位置编码方法` is about 位置编码. */
const GENERAL_HEADS = [
  '方法',
  '算法',
  '机制',
  '技术',
  '模型',
  '框架',
  '方式',
  '架构',
  '结构',
  '系统',
  '工具',
  '方案',
  '手段',
  '技巧',
  '过程',
  '格式',
  '库',
  'method',
  'approach',
  'technique',
  'algorithm',
  'mechanism',
  'model',
  'framework',
  'architecture',
  'system',
  'tool',
  'library',
  'scheme',
  'procedure',
  'process',
  'trick',
]

/** How names are compared: NFKC, lower case, English words singular, no spaces or hyphens. */
export function foldName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .split(/[\s_-]+/)
    .map((w) => (/^[a-z]+$/.test(w) ? singular(w) : w))
    .join('')
}

/** A node a genus names, and whether the genus is a kind of it or only starts with its name. */
interface GenusTarget {
  ref: NodeRef
  /**
   * `kind`: the genus is the node or a kind of it (位置编码方法 → 位置编码). `prefix`: the genus only
   * opens with its name (`Token 数`, a number of tokens), so it names the node but is no kind of it.
   */
  via: 'kind' | 'prefix'
}

export interface GenusResolver {
  /** The node `genus` names, never term `self`. */
  resolve(genus: string, self: number): GenusTarget | undefined
  /** The node named by exactly `phrase`, or by `phrase` without general head words (`微调框架` → 微调); never term `self`. */
  named(phrase: string, self: number): NodeRef | undefined
}

/** Endings of a phrase, longest first: characters for Chinese, words for English. */
function endings(phrase: string): string[] {
  if (hasHan(phrase)) {
    const chars = [...phrase.replace(/\s+/g, '')]
    return chars.slice(1, -1).map((_c, i) => chars.slice(i + 1).join(''))
  }
  const words = phrase.split(/[\s-]+/).filter(Boolean)
  return words.slice(1).map((_w, i) => words.slice(i + 1).join(' '))
}

/** Beginnings of a phrase, longest first. */
function beginnings(phrase: string): string[] {
  if (hasHan(phrase)) {
    const chars = [...phrase.replace(/\s+/g, '')]
    return chars.slice(2).map((_c, i) => chars.slice(0, chars.length - 1 - i).join(''))
  }
  const words = phrase.split(/[\s-]+/).filter(Boolean)
  return words.slice(1).map((_w, i) => words.slice(0, words.length - 1 - i).join(' '))
}

/** The phrase without general head words at its end, one at a time: `神经网络模型架构` → 神经网络模型 → 神经网络. */
function withoutGeneralHeads(phrase: string): string[] {
  const out: string[] = []
  let rest = phrase.trim()
  for (;;) {
    const head = GENERAL_HEADS.find((h) => rest.toLowerCase().endsWith(h) && rest.length > h.length)
    if (!head) return out
    rest = rest.slice(0, rest.length - head.length).replace(/[\s-]+$/, '')
    if (!rest) return out
    out.push(rest)
  }
}

/**
 * A longer genus names nothing (no name is that long), and is not cut into endings and
 * beginnings: a phrase of n characters has n of each, n characters long (quadratic).
 */
const MAX_GENUS = 64

export function createGenusResolver(nodes: NamedNodes): GenusResolver {
  const byName = new Map<string, NodeRef[]>()
  const add = (name: string, ref: NodeRef) => {
    const key = foldName(name)
    if (!key) return
    const refs = byName.get(key) ?? []
    refs.push(ref)
    byName.set(key, refs)
  }
  // Terms first: where a term and a concept share a name, the term is meant.
  nodes.terms.forEach((t, index) => t.aliases.forEach((a) => add(a, { kind: 'term', index })))
  nodes.concepts.forEach((c, index) =>
    [c.label, ...c.aliases].forEach((a) => add(a, { kind: 'concept', index })),
  )
  const exact = (name: string, self: number): NodeRef | undefined =>
    byName.get(foldName(name))?.find((r) => r.kind === 'concept' || r.index !== self)

  return {
    named(phrase, self) {
      for (const form of [phrase, ...withoutGeneralHeads(phrase)]) {
        const ref = exact(form, self)
        if (ref) return ref
      }
      return undefined
    },
    resolve(genus, self) {
      if (genus.length > MAX_GENUS) return undefined
      for (const form of [genus, ...withoutGeneralHeads(genus)]) {
        for (const candidate of [form, ...endings(form)]) {
          const ref = exact(candidate, self)
          if (ref) return { ref, via: 'kind' }
        }
      }
      for (const start of beginnings(genus)) {
        const ref = exact(start, self)
        if (ref?.kind === 'term') return { ref, via: 'prefix' }
      }
      return undefined
    },
  }
}
