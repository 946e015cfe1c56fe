'use client'
import './learn.css'
import { useRef } from 'react'
import { useExplorer } from '../explorer-context'
import { useMessages } from '../messages-context'
import type { ViewMode } from '@/lib/explorer/url-state'
import { Progress } from './KnownToggle'

/** The toolbar's "learn" menu: the kinds tree, the self-test and how many terms are known. */
export function LearnMenu() {
  const { state, update } = useExplorer()
  const m = useMessages()
  const menu = useRef<HTMLDetailsElement>(null)
  // A choice closes the menu, so it does not cover the view it opened.
  const toggle = (view: ViewMode) => () => {
    if (menu.current) menu.current.open = false
    update({ view: state.view === view ? 'graph' : view, compare: [] }, 'push')
  }
  return (
    <details className="learn-menu" ref={menu}>
      <summary className="button">{m.toolbar.learn}</summary>
      <div className="learn-items">
        <button
          type="button"
          className="button"
          aria-pressed={state.view === 'tree'}
          onClick={toggle('tree')}
        >
          {m.toolbar.treeView}
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={state.view === 'quiz'}
          onClick={toggle('quiz')}
        >
          {m.toolbar.quizView}
        </button>
        <Progress />
      </div>
    </details>
  )
}
