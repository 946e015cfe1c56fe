'use client'
import { useMemo } from 'react'
import { useExplorer } from './explorer-context'
import { useMediaQuery } from './use-media-query'

/**
 * What a first-time visitor reads before selecting anything. On phones it is a one-line bar at the
 * bottom ("从这里开始") that opens into the whole intro, so the graph keeps the screen.
 */
export function Intro() {
  const { lookup, selection } = useExplorer()
  const onSelectTerm = selection.selectTerm
  const mentions = lookup.edges.filter((e) => e.kind === 'mention').length
  // The most central terms are good first clicks.
  const start = useMemo(
    () => [...lookup.terms.values()].sort((a, b) => b.pagerank - a.pagerank).slice(0, 8),
    [lookup],
  )
  const phone = useMediaQuery('(max-width: 767px)')
  const body = (
    <div className="intro">
      <h2>探索「{lookup.title}」</h2>
      <p>
        这里有 {lookup.terms.size} 个术语、{lookup.concepts.size} 个概念和 {mentions}{' '}
        条提及关系，全部从词表的释义中自动提取。
      </p>
      <ul>
        <li>点击图中的节点，阅读释义以及它与其他术语相关的原因。</li>
        <li>
          按 <kbd>/</kbd> 搜索：中文、English、缩写或拼音（如 zhuyili、zyl）。
        </li>
        <li>用“筛选”按概念、关系类型或某个术语的邻域缩小范围。</li>
        <li>地址栏就是当前视图：复制链接即可分享给同事。</li>
      </ul>
      <h3>从这里开始</h3>
      <ul className="chips">
        {start.map((t) => (
          <li key={t.id}>
            <button type="button" className="button" onClick={() => onSelectTerm(t.slug)}>
              {t.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
  if (!phone) return body
  return (
    <details className="intro-peek">
      <summary>从这里开始 · 使用说明</summary>
      {body}
    </details>
  )
}
