/**
 * `npm run sweep:concepts [-- --list]`: reruns concept discovery on the labelled look-alike
 * glossaries (sweep-labels.ts) for a range of each cut-off, the others at their defaults, and prints
 * per value how many labelled good and bad concepts it keeps. The defaults should sit inside the
 * plateau where good − bad is highest, not at its edge. `--list` prints every concept any value
 * produces, per file, marked good (+), bad (−) or unlabelled (?), for completing the labels.
 *
 * Cut-offs: `maxZipf` (a lone English word this common in everyday speech is no concept),
 * `minIdf` (a lone Chinese word below this jieba IDF is everyday language), and
 * `minNamesForGenericHead` (a lone word ending this many term names is their family name).
 * The holdout fixtures and untuned-en.md are left out, as everywhere in tuning.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseGlossary } from '../parse'
import { findMentions } from '../link/mentions'
import { formatTable } from '../../tools/bench/table'
import { findConcepts, defaultConceptOptions, type ConceptOptions } from './index'
import { defaultCandidateOptions } from './candidates'
import { emptyCuration, foldWord, parseCuratedConcepts } from './curated'
import { stemKey } from './english'
import { SWEEP_LABELS, type SweepLabels } from './sweep-labels'

interface Corpus {
  labels: SweepLabels
  run: (options: Partial<ConceptOptions>) => string[]
}

/** How a concept label is compared with the labels: English by stems, Chinese folded. */
const keyOf = (label: string): string => (/^[A-Za-z0-9\s_-]+$/.test(label) ? stemKey(label) : foldWord(label))

function load(labels: SweepLabels): Corpus {
  const content = readFileSync(labels.path, 'utf8')
  const { terms } = parseGlossary([{ path: labels.path, content }])
  const { spans } = findMentions(terms)
  const curatedPath = labels.curated
  const curated =
    curatedPath && existsSync(curatedPath)
      ? parseCuratedConcepts(curatedPath, readFileSync(curatedPath, 'utf8')).curated
      : emptyCuration()
  return { labels, run: (options) => findConcepts(terms, spans, curated, options).map((c) => c.label) }
}

interface Tally {
  good: number
  bad: number
  unlabelled: number
}

function tally(corpora: readonly Corpus[], options: Partial<ConceptOptions>): Tally {
  const total: Tally = { good: 0, bad: 0, unlabelled: 0 }
  for (const { labels, run } of corpora) {
    const good = new Set(labels.good.map(keyOf))
    const bad = new Set(labels.bad.map(keyOf))
    for (const label of run(options)) {
      const key = keyOf(label)
      if (good.has(key)) total.good++
      else if (bad.has(key)) total.bad++
      else total.unlabelled++
    }
  }
  return total
}

const SWEEPS: Array<{ name: keyof ConceptOptions; values: number[]; standard: number }> = [
  {
    name: 'maxZipf',
    values: [2, 2.25, 2.5, 2.75, 3, 3.25, 3.5, 4],
    standard: defaultCandidateOptions.maxZipf,
  },
  {
    name: 'minIdf',
    values: [6, 6.5, 6.75, 7, 7.25, 7.5, 7.75, 8, 8.5],
    standard: defaultCandidateOptions.minIdf,
  },
  {
    name: 'minNamesForGenericHead',
    values: [2, 3, 4, 5, 6, Infinity],
    standard: defaultConceptOptions.minNamesForGenericHead,
  },
]

function main(): void {
  const corpora = SWEEP_LABELS.map(load)
  if (process.argv.includes('--list')) {
    for (const corpus of corpora) {
      const seen = new Set<string>()
      for (const { name, values } of SWEEPS)
        for (const v of values) for (const l of corpus.run({ [name]: v })) seen.add(l)
      const good = new Set(corpus.labels.good.map(keyOf))
      const bad = new Set(corpus.labels.bad.map(keyOf))
      const mark = (l: string): string => (good.has(keyOf(l)) ? '+' : bad.has(keyOf(l)) ? '−' : '?')
      console.log(
        `${corpus.labels.path}\n  ${[...seen]
          .sort()
          .map((l) => `${mark(l)}${l}`)
          .join('  ')}`,
      )
    }
    return
  }
  for (const { name, values, standard } of SWEEPS) {
    const rows = values.map((value) => {
      const t = tally(corpora, { [name]: value })
      return [
        `${value}${value === standard ? ' (default)' : ''}`,
        t.good,
        t.bad,
        t.good - t.bad,
        t.unlabelled,
      ]
    })
    console.log(
      `\n${name}\n${formatTable([name, 'kept good', 'kept bad', 'good − bad', 'unlabelled'], rows)}`,
    )
  }
  console.log(`\n${corpora.length} glossaries: ${corpora.map((c) => join(c.labels.path)).join(', ')}`)
}

main()
