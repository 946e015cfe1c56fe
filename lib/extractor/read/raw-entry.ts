import type { Diagnostic } from '../diagnostics'

/**
 * What every shape reader (bullets, tables, bold paragraphs, headings, definition lists)
 * hands to the parse stage: one glossary entry, its names still unsplit.
 */

/** The markdown shape an entry was written in; the CLI summary counts entries by shape. */
export type EntryShape = 'bullet' | 'table' | 'bold' | 'heading' | 'deflist' | 'plain' | 'details'

export interface RawEntry {
  shape: EntryShape
  /** 1-based line where the entry starts. */
  line: number
  /** The letter or group heading the entry stands under ("A", "基础概念"), if any. */
  section?: string
  /**
   * The text that names the term, as plain text: "LoRA (Low-Rank Adaptation)",
   * "Deep Learning - 深度学习". In the one-line bullet dialect it also carries the
   * definition ("RL，Reinforcement Learning的简写，强化学习") and the parse stage splits it.
   */
  head: string
  /** Definition written apart from the names: paragraphs, nested bullets, a table's definition column. */
  definition?: string
  /** Names given apart from the head: a table's name columns, labelled lines (`中文：…`, `Also known as: …`). */
  names?: { abbreviation?: string; expansion?: string; gloss?: string; aliases?: string[] }
  /** Text mentions are also found in that is not the definition (a table's example column). */
  extra?: string
  /**
   * How the entry is written within its shape, where a shape has several ways: a bold name with
   * its definition `inline`, on the `next-line`, in the following `blocks`, or `alone`. A
   * section repeats one way; a footer line written another way is not an entry.
   */
  form?: string
  /** Ids links into the page reach the entry by (Term.anchors). */
  anchors?: string[]
  /**
   * Links written in the definition, in order: their visible text and address. The parse stage
   * finds each in the final definition text (Term.definitionLinks).
   */
  links?: Array<{ text: string; href: string }>
}

/** Where a reader is reading. */
export interface ReadContext {
  /** Path as it appears in diagnostics. */
  file: string
  /** The heading the block stands under, if any. */
  section?: string
}

/** What a reader made of one block: its entries, and notes on anything it did not use. */
export interface BlockReading {
  entries: RawEntry[]
  /** Skipped parts as `note`s, problems as warnings or errors, each at its own line. */
  diagnostics: Diagnostic[]
  /** How the block was read, for the CLI summary: `term column "英文简称"`. */
  summary?: string
}
