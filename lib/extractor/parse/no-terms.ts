/**
 * A glossary that yields no terms is an error, never an empty graph: the message says which
 * shapes the extractor reads and quotes the first lines it could not.
 */
import type { Diagnostic } from '../diagnostics'
import type { GlossaryFile } from '.'

const SHAPES_READ = [
  'bullets: "- 名称，释义", "- **Term**: definition", "- Term - definition", or a term with nested bullets',
  'tables with a term column (术语, 名称, Term, Abbreviation…)',
  'bold terms: "**Term**: definition", or "**Term**" with the definition on the next line',
  'a heading per term: "### Term" followed by its definition',
  'definition lists: a "Term" line, then ": definition"',
  'plain paragraphs or lines: "名称：定义", "Term: definition", "Term - definition", or a name alone then its definition',
]

const QUOTED_LINES = 5

export function noTermsError(files: readonly GlossaryFile[], diagnostics: readonly Diagnostic[]): Diagnostic {
  const lines = new Map(files.map((f) => [f.path, f.content.split(/\r?\n/)]))
  const unread = diagnostics
    .filter((d) => d.severity === 'note')
    .slice(0, QUOTED_LINES)
    .map((d) => {
      const text = lines.get(d.source.file)?.[d.source.line - 1]?.trim() ?? ''
      return `  ${d.source.file}:${d.source.line}: ${text.length > 80 ? `${text.slice(0, 79)}…` : text} (${d.message})`
    })
  return {
    severity: 'error',
    source: { file: files[0]?.path ?? '', line: 1 },
    message: [
      'no terms found. The extractor reads:',
      ...SHAPES_READ.map((shape) => `  - ${shape}`),
      unread.length > 0 ? 'Lines it could not read:' : 'The glossary has no content.',
      ...unread,
    ].join('\n'),
  }
}
