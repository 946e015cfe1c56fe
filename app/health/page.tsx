import type { Metadata } from 'next'
import Link from 'next/link'
import { loadGraph } from '@/app/_data/load-graph'
import { loadReport } from '@/app/_data/load-report'
import { siteMessages } from '@/app/_data/site-lang'
import type { Messages } from '@/lib/explorer/i18n/messages'
import { glossaryHealth, repositoryLinks, type HealthItem } from '@/lib/explorer/health'
import { ThemeToggle } from '../_components/ThemeToggle'
import { readEnv } from '@/lib/format/settings'

export function generateMetadata(): Metadata {
  return { title: siteMessages().health.title }
}

/** Maintainers' page: what to fix in the glossary, each item at its file and line. */
export default function HealthPage() {
  const g = loadGraph()
  const m = siteMessages()
  const headings = m.health.sections
  const sections = glossaryHealth(g, loadReport())
  const repo = readEnv('REPO_URL')
  const total = sections.reduce((n, s) => n + s.items.length, 0)
  return (
    <main className="page health-page">
      <ThemeToggle m={m.theme} className="page-theme" />
      <nav className="crumbs" aria-label={m.termPage.crumbs}>
        <Link href="/">{g.title}</Link> / <span>{m.health.title}</span>
      </nav>
      <h1>{m.health.title}</h1>
      <p>{m.health.summary(g.terms.size, g.concepts.size, total)}</p>
      <nav aria-label={m.health.toc}>
        <ul className="health-toc">
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{m.health.count(headings[s.id].title, s.items.length)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {sections.map((s) => (
        <section key={s.id} aria-labelledby={`${s.id}-title`}>
          <h2 id={`${s.id}-title`}>
            <a id={s.id} />
            {m.health.count(headings[s.id].title, s.items.length)}
          </h2>
          <p className="muted">{headings[s.id].hint}</p>
          {s.items.length === 0 ? (
            <p>{headings[s.id].empty}</p>
          ) : (
            <ul className="health-items">
              {s.items.map((item, i) => (
                <HealthRow key={i} item={item} repo={repo} m={m} />
              ))}
            </ul>
          )}
        </section>
      ))}
    </main>
  )
}

function HealthRow({ item, repo, m }: { item: HealthItem; repo: string | undefined; m: Messages }) {
  const links = item.source && repositoryLinks(repo, item.source)
  return (
    <li>
      {item.slug ? <Link href={`/term/${item.slug}/`}>{item.label}</Link> : <span>{item.label}</span>}
      {item.detail && <span className="muted">{m.health.detail(item.detail)}</span>}
      {item.source && (
        <span className="source-ref">
          {links ? (
            <a href={links.view}>
              {item.source.file}:{item.source.line}
            </a>
          ) : (
            <code>
              {item.source.file}:{item.source.line}
            </code>
          )}
          {links && (
            <>
              {' '}
              <a href={links.edit}>{m.health.edit}</a>
            </>
          )}
        </span>
      )}
    </li>
  )
}
