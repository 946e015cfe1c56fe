'use client'
import { useEffect, useMemo, useRef, useState } from 'react'
import { questionFor } from '@/lib/explorer/quiz'
import { useExplorer } from '../explorer-context'
import { useMessages } from '../messages-context'
import { useKnown } from '../learn/use-known'
import { KnownToggle, Progress } from '../learn/KnownToggle'

/** Keys the quiz answers to, unless the reader is typing somewhere. */
const typing = (t: EventTarget | null) =>
  t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement

/**
 * The self-test (`/?view=quiz`): a definition with the term's names blanked out and four terms
 * to choose from (keys 1–4); the answer says right or wrong (also to screen readers), shows the
 * answer's definition and offers the next question (Enter).
 */
export function QuizView() {
  const { lookup } = useExplorer()
  const m = useMessages()
  const { known } = useKnown(lookup)
  const [round, setRound] = useState(0)
  const [previous, setPrevious] = useState<string | undefined>(undefined)
  const [picked, setPicked] = useState<string | undefined>(undefined)
  const [score, setScore] = useState({ right: 0, asked: 0 })
  // The question stays put while it is answered, even when "I know this" changes the known set.
  const [frozen, setFrozen] = useState(known)
  const question = useMemo(
    () => questionFor(lookup, round, frozen, m.quiz.blank, previous),
    [lookup, round, frozen, m.quiz.blank, previous],
  )
  const next = useRef<HTMLButtonElement>(null)
  const first = useRef<HTMLButtonElement>(null)

  const pick = (id: string) => {
    if (!question || picked) return
    setPicked(id)
    setScore((s) => ({ right: s.right + (id === question.answer.id ? 1 : 0), asked: s.asked + 1 }))
    requestAnimationFrame(() => next.current?.focus())
  }
  const advance = () => {
    if (!question) return
    setPrevious(question.answer.id)
    setPicked(undefined)
    setFrozen(known)
    setRound((r) => r + 1)
    requestAnimationFrame(() => first.current?.focus())
  }
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typing(e.target) || e.metaKey || e.ctrlKey || e.altKey) return
      const n = Number(e.key)
      if (Number.isInteger(n) && n >= 1 && n <= 4 && question && !picked) {
        const choice = question.choices[n - 1]
        if (choice) {
          e.preventDefault()
          pick(choice.id)
        }
      } else if (e.key === 'Enter' && picked && !(e.target instanceof HTMLButtonElement)) {
        e.preventDefault()
        advance()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  })

  if (!question)
    return (
      <section className="quiz-view" data-quiz="">
        <h2>{m.quiz.heading}</h2>
        <p className="muted">{m.quiz.tooFew}</p>
      </section>
    )
  const right = picked === question.answer.id
  const result = picked ? (right ? 'correct' : 'wrong') : undefined
  return (
    <section className="quiz-view" data-quiz="" aria-labelledby="quiz-h">
      <h2 id="quiz-h">{m.quiz.heading}</h2>
      <p className="muted">{m.quiz.prompt}</p>
      <blockquote className="quiz-text">{question.text}</blockquote>
      <ol className="quiz-choices" aria-label={m.quiz.choices}>
        {question.choices.map((c, i) => {
          const state = picked
            ? c.id === question.answer.id
              ? 'answer'
              : c.id === picked
                ? 'picked'
                : undefined
            : undefined
          return (
            <li key={c.id}>
              <button
                ref={i === 0 ? first : undefined}
                type="button"
                className="button quiz-choice"
                data-choice={state}
                aria-keyshortcuts={String(i + 1)}
                disabled={picked !== undefined && state === undefined}
                onClick={() => pick(c.id)}
              >
                <kbd aria-hidden="true">{i + 1}</kbd> {c.label}
                {state === 'answer' && <span aria-hidden="true"> ✓</span>}
                {state === 'picked' && <span aria-hidden="true"> ✗</span>}
              </button>
            </li>
          )
        })}
      </ol>
      <div className="quiz-result" aria-live="polite" role="status" data-quiz-result={result}>
        {result && (
          <p className={right ? 'quiz-right' : 'quiz-wrong'}>
            <strong>{right ? m.quiz.correct : m.quiz.wrong(question.answer.label)}</strong>
          </p>
        )}
      </div>
      {picked && (
        <div className="quiz-answer">
          <h3>{m.quiz.answerDefinition(question.answer.label)}</h3>
          <p>{question.answer.definition}</p>
          <div className="actions">
            <button ref={next} type="button" className="button primary" onClick={advance}>
              {m.quiz.next}
            </button>
            <KnownToggle term={question.answer} />
          </div>
        </div>
      )}
      <p className="muted">{m.quiz.keys}</p>
      <p className="muted" aria-live="off">
        {m.quiz.score(score.right, score.asked)}
      </p>
      <Progress />
    </section>
  )
}
