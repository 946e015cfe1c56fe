'use client'
import { useMessages } from '../messages-context'
import { useMemo } from 'react'
import { useExplorer } from '../explorer-context'
import { useMediaQuery } from '../use-media-query'
import { LangSwitch } from '../LangSwitch'
import { withBasePath } from '@/lib/explorer/site-url'
import { Progress } from '../learn/KnownToggle'
import { NextToLearn } from '../learn/NextToLearn'
import { allEdges } from '@/lib/explorer/lookup'

/**
 * What a first-time visitor reads before selecting anything. On phones it is a one-line bar at the
 * bottom ("从这里开始") that opens into the whole intro, so the graph keeps the screen.
 */
export function Intro() {
  const { lookup, selection, update } = useExplorer()
  const m = useMessages()
  const onSelectTerm = selection.selectTerm
  const mentions = allEdges(lookup).filter((e) => e.kind === 'mention').length
  // The most central terms are good first clicks.
  const start = useMemo(
    () => [...lookup.terms.values()].sort((a, b) => b.pagerank - a.pagerank).slice(0, 8),
    [lookup],
  )
  const phone = useMediaQuery('(max-width: 767px)')
  const body = (
    <div className="intro">
      <h2>{m.intro.heading(lookup.title)}</h2>
      <p>{m.intro.counts(lookup.terms.size, lookup.concepts.size, mentions)}</p>
      <ul>
        <li>{m.intro.click}</li>
        <li>
          {m.intro.searchBefore}
          <kbd>/</kbd>
          {m.intro.searchAfter}
        </li>
        <li>{m.intro.filter}</li>
        <li>{m.intro.share}</li>
      </ul>
      <h3>{m.intro.start}</h3>
      <ul className="chips">
        {start.map((t) => (
          <li key={t.id}>
            <button type="button" className="button" onClick={() => onSelectTerm(t.slug)}>
              {t.label}
            </button>
          </li>
        ))}
      </ul>
      <div className="learn-row">
        <button type="button" className="button" onClick={() => update({ view: 'tree' }, 'push')}>
          {m.learn.openTree}
        </button>
        <button type="button" className="button" onClick={() => update({ view: 'quiz' }, 'push')}>
          {m.learn.startQuiz}
        </button>
      </div>
      <Progress />
      <NextToLearn />
      <p className="muted">
        {m.intro.maintain}
        <a href={withBasePath('/health/')}>{m.intro.health}</a>
      </p>
      {/* Phones have no room for it in the toolbar. */}
      {phone && (
        <p>
          <LangSwitch />
        </p>
      )}
    </div>
  )
  if (!phone) return body
  return (
    <details className="intro-peek">
      <summary>{m.intro.peek}</summary>
      {body}
    </details>
  )
}
