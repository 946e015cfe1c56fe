/**
 * `npm run score:real -- <dir> [--gold <dir>] [--min-recall 0.8] [--min-mean 0.9] [--max-traps 1]
 * [--why] [--warnings] [--out <dir>] [--markdown]`
 *
 * Extracts every `*.md` of a corpus of real glossaries (default gold labels: `<dir>/gold`, one
 * `NN-name.json` per `NN-name.md`) and prints per file: terms found against the entries a reader
 * counts, pair recall, traps hit, warnings and extraction time, then whether the corpus passes
 * (the rule of `../shared/real-glossaries/score.py`, whose numbers this agrees with).
 * `--why` adds the evidence of every trap and the pairs missed; `--warnings` lists the warnings;
 * `--out` writes each graph.json there too (so score.py can be run on the same graphs).
 * Exits 1 when the corpus does not pass, 2 on bad usage. Not part of `npm test`: the real
 * glossaries are not in the repository.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { parseArgs } from 'node:util'
import type { GraphJSON } from '../format/types'
import { extract } from '../extractor/extract'
import { formatDiagnostic, type Diagnostic } from '../extractor/diagnostics'
import { readGlossary } from '../extractor/cli/read-glossary'
import { createResolver, parseGold, passes, scoreReal, type RealScore } from '../extractor/corpus/real-score'
import { formatTable } from './bench/table'

interface FileResult {
  stem: string
  score?: RealScore
  failure?: string
  warnings: Diagnostic[]
  ms: number
  graph?: GraphJSON
}

function scoreFile(path: string, goldDir: string): FileResult {
  const stem = basename(path, '.md')
  const goldPath = join(goldDir, `${stem}.json`)
  const gold = parseGold(JSON.parse(readFileSync(goldPath, 'utf8')), goldPath)
  const input = readGlossary(path)
  if ('error' in input) return { stem, failure: input.error, warnings: [], ms: 0 }
  const start = performance.now()
  const result = extract(input)
  const ms = performance.now() - start
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning')
  if (!result.graph) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length
    return { stem, failure: `${errors} error(s)`, warnings, ms }
  }
  const graph: GraphJSON = result.graph.export()
  return { stem, score: scoreReal(graph, gold), warnings, ms, graph }
}

/** Why two gold names are linked: the mention edges between them and the concepts they share. */
function explain(graph: GraphJSON, pair: string): string[] {
  const [a = '', b = ''] = pair.split('~')
  const resolve = createResolver(graph)
  const [ka, kb] = [resolve(a), resolve(b)]
  const lines: string[] = []
  const conceptsOf = new Map<string, Map<string, string>>()
  for (const edge of graph.edges) {
    const evidence = edge.attributes?.evidence ?? ''
    if ((edge.source === ka && edge.target === kb) || (edge.source === kb && edge.target === ka))
      lines.push(`mention ${edge.source} → ${edge.target}: ${evidence}`)
    const map = conceptsOf.get(edge.source) ?? new Map<string, string>()
    map.set(edge.target, evidence)
    conceptsOf.set(edge.source, map)
  }
  const label = (key: string): string => graph.nodes.find((n) => n.key === key)?.attributes?.label ?? key
  for (const [concept, evidence] of conceptsOf.get(ka ?? '') ?? []) {
    const other = conceptsOf.get(kb ?? '')?.get(concept)
    if (other !== undefined && concept.startsWith('concept:'))
      lines.push(`concept ${label(concept)}: "${evidence}" | "${other}"`)
  }
  return lines
}

function main(): number {
  let values
  let positionals
  try {
    ;({ values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        gold: { type: 'string' },
        'min-recall': { type: 'string', default: '0.8' },
        'min-mean': { type: 'string', default: '0.9' },
        'max-traps': { type: 'string', default: '1' },
        why: { type: 'boolean', default: false },
        warnings: { type: 'boolean', default: false },
        markdown: { type: 'boolean', default: false },
        out: { type: 'string' },
      },
    }))
  } catch (error) {
    console.error(`score:real: ${error instanceof Error ? error.message : String(error)}`)
    return 2
  }
  const [dir] = positionals
  const minRecall = Number(values['min-recall'])
  const minMean = Number(values['min-mean'])
  const maxTraps = Number(values['max-traps'])
  if (!dir || !existsSync(dir) || [minRecall, minMean, maxTraps].some(Number.isNaN)) {
    console.error(
      'usage: npm run score:real -- <dir> [--gold <dir>] [--min-recall 0.8] [--min-mean 0.9] [--max-traps 1] [--why] [--warnings] [--out <dir>] [--markdown]',
    )
    return 2
  }
  const goldDir = values.gold ?? join(dir, 'gold')
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.md') && existsSync(join(goldDir, name.replace(/\.md$/, '.json'))))
    .sort()
  if (files.length === 0) {
    console.error(`score:real: no *.md in ${dir} has gold labels in ${goldDir}`)
    return 2
  }
  // Load jieba, wink and SUBTLEX once, so the first file's time is its own.
  extract({
    files: [{ path: 'warm-up.md', content: '# W\n\n- 注意力，an attention layer\n- RL，强化学习\n' }],
  })

  const rule = { minRecall, maxTraps }
  const results = files.map((name) => scoreFile(join(dir, name), goldDir))
  if (values.out) mkdirSync(values.out, { recursive: true })
  const rows = results.map((r) => {
    if (values.out && r.graph)
      writeFileSync(join(values.out, `${r.stem}.json`), `${JSON.stringify(r.graph)}\n`)
    const s = r.score
    if (!s) return [r.stem, `failed: ${r.failure ?? ''}`, '–', '–', r.warnings.length, Math.round(r.ms), 'no']
    return [
      r.stem,
      `${s.termsFound}/${s.termsWanted.join(' or ')}`,
      `${s.recall.toFixed(2)} (${s.pairsFound}/${s.pairsTotal})`,
      s.traps.length,
      r.warnings.length,
      Math.round(r.ms),
      passes(s, rule) ? 'yes' : 'no',
    ]
  })
  console.log(
    formatTable(
      ['file', 'terms/entries', 'pair recall', 'traps', 'warnings', 'ms', 'pass'],
      rows,
      values.markdown,
    ),
  )
  for (const r of results) {
    const lines: string[] = []
    if (r.score && r.graph) {
      for (const trap of r.score.traps) {
        lines.push(`  trap ${trap}`)
        if (values.why) for (const line of explain(r.graph, trap)) lines.push(`    ${line}`)
      }
      if (values.why) for (const miss of r.score.missed) lines.push(`  missed ${miss}`)
    }
    if (values.warnings) for (const w of r.warnings) lines.push(`  ${formatDiagnostic(w)}`)
    if (lines.length > 0) console.log(`\n${r.stem}\n${lines.join('\n')}`)
  }
  const recalls = results.map((r) => r.score?.recall ?? 0)
  const mean = recalls.reduce((a, b) => a + b, 0) / recalls.length
  const ok = results.filter((r) => r.score && passes(r.score, rule)).length
  const all = ok === results.length && mean >= minMean
  console.log(
    `\nfiles ok=${ok}/${results.length} mean recall=${mean.toFixed(2)} (need >= ${minMean}; each file >= ${minRecall}, terms within 10 %, traps <= ${maxTraps}): ${all ? 'pass' : 'short'}`,
  )
  return all ? 0 : 1
}

process.exitCode = main()
