import type { Metadata } from 'next'
import Link from 'next/link'
import { loadGraph } from '@/app/_data/load-graph'
import { loadReport } from '@/app/_data/load-report'
import { glossaryHealth, repositoryLinks, type HealthItem, type HealthSection } from '@/lib/explorer/health'
import { ThemeToggle } from '../_components/ThemeToggle'

export const metadata: Metadata = { title: '词表体检' }

const HEADINGS: Record<HealthSection['id'], { title: string; empty: string; hint: string }> = {
  'no-definition': {
    title: '没有释义的术语',
    empty: '每个术语都有释义。',
    hint: '只有名称的条目无法被其他术语的释义关联到。',
  },
  isolated: {
    title: '孤立的术语',
    empty: '没有孤立的术语。',
    hint: '既不提到别的术语、也不被提到、也不属于任何概念。',
  },
  misspellings: {
    title: '疑似拼写错误',
    empty: '没有发现疑似拼写错误。',
    hint: '名称或释义中与常见英文单词或其他术语只差一个字母的词。',
  },
  duplicates: {
    title: '重复或冲突的名称',
    empty: '没有重复的名称。',
    hint: '同名条目已合并；同一别名指向两个术语时，提及无法确定指向哪一个。',
  },
  'single-member-concepts': {
    title: '只有一个成员的概念',
    empty: '每个概念都至少有两个成员。',
    hint: '通常来自 concepts.txt 的人工整理，可以合并或删除。',
  },
  warnings: {
    title: '上次构建的警告',
    empty: '上次构建没有警告。',
    hint: '运行 npm run extract 时打印的警告，带文件与行号。',
  },
}

/** Maintainers' page: what to fix in the glossary, each item at its file and line. */
export default function HealthPage() {
  const g = loadGraph()
  const sections = glossaryHealth(g, loadReport())
  const repo = process.env.REPO_URL
  const total = sections.reduce((n, s) => n + s.items.length, 0)
  return (
    <main className="page health-page">
      <ThemeToggle className="page-theme" />
      <nav className="crumbs" aria-label="位置">
        <Link href="/">{g.title}</Link> / <span>词表体检</span>
      </nav>
      <h1>词表体检</h1>
      <p>
        {g.terms.size} 个术语、{g.concepts.size} 个概念，{total} 项待检查。
      </p>
      <nav aria-label="目录">
        <ul className="health-toc">
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>
                {HEADINGS[s.id].title}（{s.items.length}）
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {sections.map((s) => (
        <section key={s.id} aria-labelledby={`${s.id}-title`}>
          <h2 id={`${s.id}-title`}>
            <a id={s.id} />
            {HEADINGS[s.id].title}（{s.items.length}）
          </h2>
          <p className="muted">{HEADINGS[s.id].hint}</p>
          {s.items.length === 0 ? (
            <p>{HEADINGS[s.id].empty}</p>
          ) : (
            <ul className="health-items">
              {s.items.map((item, i) => (
                <HealthRow key={i} item={item} repo={repo} />
              ))}
            </ul>
          )}
        </section>
      ))}
    </main>
  )
}

function HealthRow({ item, repo }: { item: HealthItem; repo: string | undefined }) {
  const links = item.source && repositoryLinks(repo, item.source)
  return (
    <li>
      {item.slug ? <Link href={`/term/${item.slug}/`}>{item.label}</Link> : <span>{item.label}</span>}
      {item.detail && <span className="muted">（{item.detail}）</span>}
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
              <a href={links.edit}>在 GitHub 上编辑</a>
            </>
          )}
        </span>
      )}
    </li>
  )
}
