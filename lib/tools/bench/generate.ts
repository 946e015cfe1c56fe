/**
 * Synthetic glossary generator for benchmarks: N terms in the bundled glossary's own markdown
 * (`## A` letter headings, `- label，Expansion的简写，中文名，definition` bullets), with
 * abbreviations, Chinese glosses, definitions that mention other terms and share concept
 * words, and the format's quirks (", " separators, continuation lines, empty bullets).
 * Deterministic for a given N and seed.
 *
 *   tsx lib/tools/bench/generate.ts --terms 5000 [--seed bench] --out <file>
 */
import { foldName } from '../../format/text'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { parseArgs } from 'node:util'
import { pathToFileURL } from 'node:url'
import seedrandom from 'seedrandom'
import { BENEFITS, CONCEPT_WORDS, ENGLISH_CONCEPTS, MORPHEMES, ORGANISATIONS, TEMPLATES } from './vocabulary'

export interface GenerateOptions {
  terms: number
  seed: string
}

interface Names {
  label: string
  expansion?: string
  gloss?: string
  /** How the expansion is written after the label: "X的简写", "X简写", "X的简称" or bare. */
  expansionField?: string
}

type Random = () => number

const pick = <T>(rng: Random, items: readonly T[]): T => {
  const item = items[Math.floor(rng() * items.length)]
  if (item === undefined) throw new Error('generate: pick from an empty list')
  return item
}

/** The parser's duplicate key: case, spaces, hyphens and underscores do not count. */

export function generateGlossary(options: GenerateOptions): string {
  const rng = seedrandom(`${options.seed}:${options.terms}`)
  const taken = new Set<string>()
  const names: Names[] = []
  for (let i = 0; i < options.terms; i++) names.push(uniqueNames(rng, taken))
  const entries = names.map((n, i) => entryText(rng, names, i, n))
  return layoutDocument(rng, names, entries, options.terms)
}

function uniqueNames(rng: Random, taken: Set<string>): Names {
  for (let attempt = 0; ; attempt++) {
    const names = randomNames(rng, attempt)
    // An expansion is a name too: two terms called "Agent block" would be ambiguous.
    const keys = [names.label, names.expansion].filter((k) => k !== undefined).map(foldName)
    if (keys.some((key) => taken.has(key))) continue
    for (const key of keys) taken.add(key)
    return names
  }
}

/** A term's names; later attempts add words or a version number so big glossaries stay unique. */
function randomNames(rng: Random, attempt: number): Names {
  const count = 2 + Math.floor(rng() * 2) + Math.min(2, Math.floor(attempt / 3))
  const parts: Array<readonly [string, string]> = []
  while (parts.length < count) {
    const part = pick(rng, MORPHEMES)
    if (!parts.includes(part)) parts.push(part)
  }
  const english = parts.map(([en]) => en)
  const chinese = parts.map(([, zh]) => zh).join('')
  const gloss = chinese.length <= 10 && rng() < 0.85 ? chinese : undefined
  const version = attempt >= 6 ? String(attempt - 4) : ''
  const kind = rng()
  if (kind < 0.5) {
    // Abbreviations: initials ("SGA"), or RoPE-style with the first word's second letter.
    const initials = english.map((w) => w.charAt(0).toUpperCase()).join('')
    const first = english[0] ?? ''
    const label = (rng() < 0.25 ? first.slice(0, 2) + initials.slice(1) : initials) + version
    const expansion = english.map((w, i) => (i > 0 && rng() < 0.3 ? w.toLowerCase() : w)).join(' ')
    const form = rng()
    const expansionField =
      form < 0.7
        ? `${expansion}的简写`
        : form < 0.8
          ? `${expansion}简写`
          : form < 0.85
            ? `${expansion}的简称`
            : expansion
    return { label, expansion, gloss, expansionField }
  }
  if (kind < 0.8) {
    const label =
      english.map((w, i) => (i > 0 || rng() < 0.4 ? w.toLowerCase() : w)).join(' ') +
      (version ? ` v${version}` : '')
    return { label, gloss }
  }
  // "value-based", "sparse-gated": hyphenated lower-case labels.
  return { label: english.map((w) => w.toLowerCase()).join('-') + (version ? `-v${version}` : ''), gloss }
}

/** Another term, mostly a near neighbour in the list so the graph has local structure. */
function otherTerm(rng: Random, names: readonly Names[], self: number): Names {
  const near = rng() < 0.7
  let index = near ? self + Math.round((rng() - 0.5) * 80) : Math.floor(rng() * names.length)
  index = Math.min(names.length - 1, Math.max(0, index))
  if (index === self) index = (self + 1) % names.length
  return names[index] ?? { label: 'transformer' }
}

/** How a definition names another term: label, expansion or Chinese name, as authors do. */
function reference(rng: Random, other: Names): string {
  const way = rng()
  if (way < 0.25 && other.expansion) return other.expansion
  if (way < 0.5 && other.gloss) return other.gloss
  if (way < 0.53 && other.expansion && other.expansion.length > 8) {
    // A typo ("Quantizaton"): the extractor should warn that it looks like a misspelling.
    const at = 3 + Math.floor(rng() * (other.expansion.length - 5))
    return other.expansion.slice(0, at) + other.expansion.slice(at + 1)
  }
  return other.label
}

/** Concept words follow a skewed distribution: a few are very common, most are rare. */
function concept(rng: Random): string {
  if (rng() < 0.3) return pick(rng, MORPHEMES)[1] + pick(rng, MORPHEMES)[1]
  return CONCEPT_WORDS[Math.floor(CONCEPT_WORDS.length * rng() ** 2)] ?? '注意力'
}

function definitionText(rng: Random, names: readonly Names[], self: number): string {
  const template = pick(rng, TEMPLATES)
  return template.replace(/\{([creob])\}/g, (_, slot: string) => {
    if (slot === 'c') return concept(rng)
    if (slot === 'r') return reference(rng, otherTerm(rng, names, self))
    if (slot === 'o') return pick(rng, ORGANISATIONS)
    if (slot === 'e') return pick(rng, ENGLISH_CONCEPTS)
    return pick(rng, BENEFITS)
  })
}

function entryText(rng: Random, names: readonly Names[], self: number, n: Names): string {
  const sep = rng() < 0.75 ? '，' : ', '
  const fields = [n.label]
  if (n.expansionField) fields.push(n.expansionField)
  if (n.gloss) fields.push(n.gloss)
  let definition = definitionText(rng, names, self)
  const quirk = rng()
  if (quirk < 0.03) definition += `。另见${reference(rng, otherTerm(rng, names, self))}`
  else if (quirk < 0.04) definition += '，参见https://example.com/papers/' + String(self)
  else if (quirk < 0.05) definition = definition.replace(/^(.{4})/, '**$1**')
  fields.push(definition)
  let text = fields.join(sep)
  // Continuation line: the definition wraps onto an indented second line.
  if (rng() < 0.03 && text.length > 20) text = `${text.slice(0, 20)}\n  ${text.slice(20)}`
  if (rng() < 0.02) text += '，'
  // A nested bullet with details joins its parent entry.
  if (rng() < 0.01) text += `\n  - 补充：常与${concept(rng)}一起讨论`
  return `- ${text}`
}

function layoutDocument(
  rng: Random,
  names: readonly Names[],
  entries: readonly string[],
  count: number,
): string {
  const sections = new Map<string, string[]>()
  names.forEach((n, i) => {
    const letter = n.label.charAt(0).toUpperCase()
    const list = sections.get(letter) ?? []
    list.push(entries[i] ?? '')
    sections.set(letter, list)
  })
  const lines = [`# 大模型专业术语对照（合成，${count} 条）`, '']
  for (const letter of [...sections.keys()].sort()) {
    lines.push(`## ${letter}`, '')
    lines.push(...(sections.get(letter) ?? []))
    // Empty placeholder bullets, as the bundled glossary has.
    if (rng() < 0.2) lines.push('- ')
    lines.push('')
  }
  lines.push('# 注释', '', '[1] ', '')
  return lines.join('\n')
}

function main(): number {
  const { values } = parseArgs({
    options: {
      terms: { type: 'string', default: '1000' },
      seed: { type: 'string', default: 'bench' },
      out: { type: 'string' },
    },
  })
  const terms = Number(values.terms)
  if (!Number.isInteger(terms) || terms < 1) {
    console.error(`generate: --terms must be a positive integer, got "${values.terms}"`)
    return 2
  }
  const text = generateGlossary({ terms, seed: values.seed })
  if (!values.out) {
    process.stdout.write(text)
    return 0
  }
  mkdirSync(dirname(values.out), { recursive: true })
  writeFileSync(values.out, text)
  console.error(`generate: wrote ${terms} terms to ${values.out} (${(text.length / 1024).toFixed(0)} KiB)`)
  return 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main()
