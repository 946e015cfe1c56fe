import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { loadGraph } from '@/app/_data/load-graph'
import { Definition } from '@/app/_components/Definition'
import { TermRelationsList } from '@/app/_components/TermRelationsList'
import { LocalGraph } from '@/app/_components/LocalGraph'
import { ogImageMetadata } from '@/app/_components/og-metadata'
import { ReadingOrder } from '@/app/_components/ReadingOrder'
import { relationsOf } from '@/lib/explorer/relations'
import { typedRelationsOf } from '@/lib/explorer/typed-relations'
import { TermTypedRelations } from '@/app/_components/TermTypedRelations'
import { prerequisitesOf } from '@/lib/explorer/reading-order'
import { viewHref } from '@/lib/explorer/url-state'
import { ThemeToggle } from '../../_components/ThemeToggle'
import { siteLang } from '@/app/_data/site-lang'
import { messagesFor, otherLang } from '@/lib/explorer/i18n/messages'
import { hasHan } from '@/lib/format/text'

// Every term page is prebuilt; an unknown slug is a 404, not a runtime render.
export const dynamicParams = false

type Props = { params: Promise<{ slug: string }> }

export function generateStaticParams() {
  return [...loadGraph().terms.keys()].map((slug) => ({ slug }))
}

/** One-line summary for titles and link previews; plain text, escaped by Next. */
function summary(slug: string): { title: string; description: string } | undefined {
  const t = loadGraph().terms.get(slug)
  if (!t) return undefined
  const names = [t.label, t.gloss].filter(Boolean).join(' · ')
  const description = [t.expansion, t.gloss, t.definition].filter(Boolean).join('，').slice(0, 160) || t.label
  return { title: names, description }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = (await params).slug
  const s = summary(slug)
  if (!s) return { title: messagesFor(siteLang()).termPage.notFound }
  const og = ogImageMetadata(loadGraph(), slug, s.title)
  return {
    ...og.base,
    title: s.title,
    description: s.description,
    openGraph: { title: s.title, description: s.description, type: 'article', images: og.images },
    twitter: { card: 'summary_large_image', title: s.title, description: s.description, images: og.images },
  }
}

/** Static term page: readable without JavaScript, links into the explorer focused on the term. */
export default async function TermPage({ params }: Props) {
  const { slug } = await params
  const g = loadGraph()
  const t = g.terms.get(slug)
  if (!t) notFound()
  const lang = siteLang()
  const m = messagesFor(lang)
  const other = otherLang(lang)
  return (
    <main className="page term-page">
      <ThemeToggle m={m.theme} className="page-theme" />
      <nav className="crumbs" aria-label={m.termPage.crumbs}>
        {/* No prefetch: prefetching the explorer would load its search chunk and graph.json here. */}
        <Link href="/" prefetch={false}>
          {g.title}
        </Link>{' '}
        / <span>{t.label}</span>{' '}
        {/* The explorer in the other UI language (static pages are built in the glossary's). */}
        <a className="lang-switch" href={viewHref({ term: slug, focus: slug, lang: other })} hrefLang={other}>
          {m.termPage.language}
        </a>
      </nav>
      <article>
        <header>
          <h1 lang={hasHan(t.label) ? 'zh-CN' : 'en'}>{t.label}</h1>
          {t.expansion && (
            <p className="expansion" lang="en">
              {t.expansion}
            </p>
          )}
          {t.gloss && <p className="gloss">{t.gloss}</p>}
        </header>
        <h2 className="visually-hidden">{m.termPage.definition}</h2>
        <Definition
          text={t.definition}
          emptyText={m.termPage.noDefinition}
          className="definition"
          mentions={t.mentions}
          renderTerm={(target, text, key) => {
            const other = g.nodes.get(target)
            return other?.kind === 'term' ? (
              <Link key={key} className="mention" href={`/term/${other.slug}/`}>
                {text}
              </Link>
            ) : (
              <span key={key}>{text}</span>
            )
          }}
        />
        <TermTypedRelations termId={t.id} label={t.label} typed={typedRelationsOf(g, t.id)} m={m} />
        <p>
          <a className="button" href={viewHref({ term: slug, focus: slug })}>
            {m.termPage.openInGraph}
          </a>
        </p>
        <LocalGraph lookup={g} termId={t.id} m={m} />
        <ReadingOrder
          headingId="reading-h"
          m={m}
          groups={prerequisitesOf(g, t.id)}
          renderTerm={(r) => <Link href={`/term/${r.slug}/`}>{r.label}</Link>}
        />
        <TermRelationsList relations={relationsOf(g, t.id)} m={m} />
        <p className="source">
          {m.termPage.source(t.source.line > 0 ? `${t.source.file}:${t.source.line}` : t.source.file)}
        </p>
      </article>
      <footer className="page-footer">
        <Link href="/">{g.title}</Link> · <Link href="/health/">{m.intro.health}</Link>
      </footer>
    </main>
  )
}
