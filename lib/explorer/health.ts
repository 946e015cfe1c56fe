/**
 * The glossary's health, for its maintainers: what a reader will miss (terms without a
 * definition, terms linked to nothing), what looks wrong (misspellings, names used twice,
 * concepts with one member) and everything the last build said. Pure; the /health/ page
 * renders it.
 */
import type { BuildReport, ReportedDiagnostic } from '../format/build-report'
import type { SourceRef } from '../format/types'
import { membersOf, neighboursOf, type Lookup } from './lookup'

export interface HealthItem {
  /** What the item is about: a term's or concept's label, or the diagnostic's message. */
  label: string
  /** The term page to link, when the item is about a term. */
  slug?: string
  detail?: string
  source?: SourceRef
}

export interface HealthSection {
  id: 'no-definition' | 'isolated' | 'misspellings' | 'duplicates' | 'single-member-concepts' | 'warnings'
  items: HealthItem[]
}

export function glossaryHealth(lookup: Lookup, report: BuildReport): HealthSection[] {
  const terms = [...lookup.terms.values()]
  const fromDiagnostic = (d: ReportedDiagnostic): HealthItem => ({
    label: d.message,
    source: { file: d.file, line: d.line },
  })
  return [
    {
      id: 'no-definition',
      items: terms
        .filter((t) => !t.definition.trim())
        .map((t) => ({ label: t.label, slug: t.slug, detail: t.gloss ?? t.expansion, source: t.source })),
    },
    {
      id: 'isolated',
      items: terms
        .filter((t) => neighboursOf(lookup, t.id).length === 0)
        .map((t) => ({ label: t.label, slug: t.slug, source: t.source })),
    },
    {
      id: 'misspellings',
      items: report.diagnostics.filter((d) => d.code === 'misspelling').map(fromDiagnostic),
    },
    {
      id: 'duplicates',
      items: report.diagnostics
        .filter((d) => d.code === 'duplicate' || d.code === 'alias-conflict')
        .map(fromDiagnostic),
    },
    {
      id: 'single-member-concepts',
      items: [...lookup.concepts.values()]
        .map((c) => ({ concept: c, members: membersOf(lookup, c.id) }))
        .filter(({ members }) => members.length <= 1)
        .map(({ concept, members }) => ({
          label: concept.label,
          detail: members[0]?.label,
          ...(members[0] ? { slug: members[0].slug, source: members[0].source } : {}),
        })),
    },
    {
      id: 'warnings',
      items: report.diagnostics.filter((d) => d.severity !== 'note').map(fromDiagnostic),
    },
  ]
}

/**
 * Links to the glossary file in its repository, for `REPO_URL=https://github.com/owner/repo`
 * (GitHub's and GitLab's URL shapes; the branch defaults to main).
 */
export function repositoryLinks(
  repoUrl: string | undefined,
  source: SourceRef,
  branch = 'main',
): { view: string; edit: string } | undefined {
  if (!repoUrl || !/^https?:\/\//.test(repoUrl)) return undefined
  const base = repoUrl.replace(/\/+$/, '')
  const path = source.file.split('/').map(encodeURIComponent).join('/')
  return {
    view: `${base}/blob/${branch}/${path}${source.line > 0 ? `#L${source.line}` : ''}`,
    edit: `${base}/edit/${branch}/${path}`,
  }
}
