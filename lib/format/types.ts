/**
 * Types shared by the build-time extractor and the browser.
 * The browser imports this module with `import type` only; it holds no runtime code.
 */
import type { SerializedGraph } from 'graphology-types'

/** Where an entry was written: path relative to the working directory, 1-based line. */
export interface SourceRef {
  file: string
  line: number
}

/** One glossary entry as parsed from markdown, before linking. */
export interface Term {
  /** The term exactly as written in the glossary (NFKC-normalised). */
  label: string
  /** ASCII, URL-safe, unique and stable: pinyin for Chinese names. */
  slug: string
  /** Full English name of an abbreviation ("Reinforcement Learning" for RL). */
  expansion?: string
  /** The Chinese name ("强化学习" for RL). */
  gloss?: string
  /** The explanation; empty when the entry gives only names. */
  definition: string
  /** Examples the glossary gives apart from the definition (a table's example column). */
  examples?: string
  /** Every name the term can be mentioned by (label first, deduplicated). */
  aliases: string[]
  source: SourceRef
  /** The letter ("A") or group heading ("基础概念") the entry stands under, if any. */
  section?: string
  /**
   * Ids a link into the page reaches the entry by (`[属性](#attribute)`): a heading attribute
   * (`{#attribute}`), an HTML id or name in the entry's name, and the id a renderer gives a
   * heading term (GitHub's slug). Absent when there are none.
   */
  anchors?: string[]
  /** The links written in `definition`: `definition.slice(start, end)` is a link's visible text, `href` its address as written. */
  definitionLinks?: DefinitionLink[]
}

/** A link inside a definition, located by its visible text. */
export interface DefinitionLink {
  start: number
  end: number
  /** The address as written: `#relu`, `../ch12.md`, `https://…`. */
  href: string
}

/**
 * Measured and laid-out properties every node gets from the graph stage.
 * @public part of the graph.json contract, named for its readers
 */
export interface NodeMetrics {
  degree: number
  pagerank: number
  community: number
  x: number
  y: number
  /** Search keys precomputed at build time: full pinyin and initials of Chinese names. */
  pinyin: string[]
}

/** Where a term's definition names another term: `definition.slice(start, end)` names `target`. */
export interface MentionRef {
  start: number
  end: number
  /** Node key of the named term. */
  target: string
}

export interface TermNodeAttributes extends NodeMetrics {
  kind: 'term'
  label: string
  slug: string
  aliases: string[]
  expansion?: string
  gloss?: string
  definition: string
  examples?: string
  /** The mentions the extractor found in `definition`, in text order; absent when there are none. */
  mentions?: MentionRef[]
  source: SourceRef
  section?: string
  /**
   * What kind of thing the term is, as its definition says it (`注意力机制`, `fine-tuning method`):
   * the head noun phrase of the defining phrase. Absent when the definition does not say.
   */
  genus?: string
  /** Key of the term or concept node the genus names (`注意力机制` → the 注意力 concept), when there is one. */
  genusTarget?: string
  /** Ids links into the glossary page reach the term by (see Term.anchors). */
  anchors?: string[]
}

export interface ConceptNodeAttributes extends NodeMetrics {
  kind: 'concept'
  /** Chinese (or the glossary's own) word for the concept. */
  label: string
  /** English name, when the curated concept file gives one. */
  labelEn?: string
  slug: string
  aliases: string[]
}

export type NodeAttributes = TermNodeAttributes | ConceptNodeAttributes

export type EdgeKind = 'mention' | 'concept'

/** How the source term relates to the target term, read source → target (`Router` part-of `MoE`). */
export type EdgeRelation = 'is-a' | 'part-of' | 'based-on' | 'contrast' | 'same-as'

/**
 * How a mention was found, when not simply in the text: `anchor`, an in-page link to the target's
 * anchor (`[ReLUs](#relu)`), the strongest evidence there is; `link-title`, only in the visible text
 * of a link to another page ("详见[…](…)"), the weakest, since that text titles an article rather
 * than defines the term.
 */
export type MentionVia = 'anchor' | 'link-title'

export interface EdgeAttributes {
  /** `mention`: source term's text names the target term. `concept`: term (source) belongs to concept (target). */
  kind: EdgeKind
  /** The text that justifies the link, e.g. "基于MQA改进的注意力机制". */
  evidence: string
  /**
   * On a mention, what the text says the relation is: `is-a` (a kind of the target), `part-of`,
   * `based-on` (builds on, improves, is a variant of), `contrast` (opposite or alternative),
   * `same-as` (another entry for the same thing). Absent when the text says no more than the mention.
   */
  relation?: EdgeRelation
  /** Mention edges only: how the mention was found, absent when it is in the text itself. */
  via?: MentionVia
}

export interface GraphAttributes {
  /** Title of the glossary (its first heading). */
  title: string
  /** Glossary files the graph was built from. */
  sources: string[]
  /**
   * The layout made the overview a map of the groups (above `--map-above` terms): the explorer
   * draws no edges in it until the reader picks something. Absent otherwise.
   */
  map?: boolean
}

/** The `/graph.json` payload: Graphology's `graph.export()` format. */
export type GraphJSON = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>
