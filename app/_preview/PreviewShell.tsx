/**
 * The explorer as the static HTML shows it before JavaScript (server component): the same
 * toolbar, stage, legend and side panel boxes as the real explorer, so the graph picture sits
 * exactly where the canvas will draw. The controls are inert until the explorer replaces the
 * shell (app/_explorer/PreviewTakeover.tsx hides it and keeps the picture until Cytoscape has drawn).
 */
import type { ReactNode } from 'react'
import Link from 'next/link'
import { legendOf } from '@/lib/explorer/legend'
import './preview.css'
import { ThemeToggle } from '../_components/ThemeToggle'
import type { Lookup } from '@/lib/explorer/lookup'

/** Marks the shell for the takeover, which hides it once the real explorer is on screen. */
export const SHELL_ATTRIBUTE = 'data-preview-shell'

export function PreviewShell({ lookup, children }: { lookup: Lookup; children: ReactNode }) {
  const mentions = lookup.edges.filter((e) => e.kind === 'mention').length
  return (
    <div className="explorer preview-shell" {...{ [SHELL_ATTRIBUTE]: '' }}>
      {/* Look-alikes of the real controls, inert until the explorer replaces them: hidden from
          assistive technology (and tests), which find the real ones once they exist. */}
      <header className="toolbar" inert aria-hidden="true">
        <h1 className="brand">
          <Link href="/" prefetch={false}>
            {lookup.title}
          </Link>
        </h1>
        <div className="search">
          <input
            type="text"
            disabled
            placeholder="搜索术语：中文、English、缩写或拼音"
            aria-label="搜索术语"
          />
          <kbd className="search-hint" aria-hidden="true">
            /
          </kbd>
        </div>
        <div className="toolbar-actions">
          <button type="button" className="button" disabled>
            筛选
          </button>
          <button type="button" className="button" disabled>
            列表视图
          </button>
          <ThemeToggle />
        </div>
      </header>
      <div className="stage-row">
        <main className="stage" aria-label="术语图谱">
          <div className="stage-area">{children}</div>
          <details className="legend" open>
            <summary>
              图例<span className="legend-note">：颜色表示术语群落，以其中最核心的术语命名</span>
            </summary>
            <ul>
              {legendOf(lookup).map((e) => (
                <li key={e.community}>
                  <span className="swatch" style={{ background: e.color }} aria-hidden="true" />
                  {e.name} 等 {e.size} 个
                </li>
              ))}
              <li>
                <span className="swatch diamond" aria-hidden="true" />
                概念（菱形）
              </li>
              <li>
                <span className="line arrow" aria-hidden="true" />
                提及（箭头指向被提及的术语）
              </li>
              <li>
                <span className="line dashed" aria-hidden="true" />
                属于概念
              </li>
            </ul>
          </details>
        </main>
        <aside className="panel" inert aria-hidden="true">
          <div className="intro">
            <h2>探索「{lookup.title}」</h2>
            <p>
              这里有 {lookup.terms.size} 个术语、{lookup.concepts.size} 个概念和 {mentions}{' '}
              条提及关系，全部从词表的释义中自动提取。
            </p>
          </div>
        </aside>
      </div>
    </div>
  )
}
