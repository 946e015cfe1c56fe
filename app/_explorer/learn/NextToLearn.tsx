'use client'
import { useMemo } from 'react'
import { useExplorer } from '../explorer-context'
import { useMessages } from '../messages-context'
import { loadGraphAlgorithms, useLazy } from '../use-lazy'
import { TermLink } from '../hover-card/TermLink'
import { useKnown } from './use-known'

/** Terms to learn next: not known yet, every term they mention known (lib/explorer/progress.ts). */
export function NextToLearn() {
  const { lookup } = useExplorer()
  const { known } = useKnown(lookup)
  const m = useMessages()
  const algo = useLazy(loadGraphAlgorithms)
  const next = useMemo(() => algo?.nextToLearn(lookup, known) ?? [], [algo, lookup, known])
  if (!algo) return null
  return (
    <section className="next-to-learn" aria-labelledby="next-h">
      <h3 id="next-h">{m.learn.next}</h3>
      {known.size === lookup.terms.size ? (
        <p className="muted">{m.learn.allKnown}</p>
      ) : (
        <>
          <p className="muted">{known.size === 0 ? m.learn.nextEmpty : m.learn.nextHint}</p>
          <ol className="chips">
            {next.map((t) => (
              <li key={t.id}>
                <TermLink className="chip" slug={t.slug}>
                  {t.label}
                </TermLink>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  )
}
