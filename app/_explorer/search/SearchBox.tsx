'use client'
import { useMessages } from '../messages-context'
import { lazy, Suspense, useId, useMemo, useState, type RefObject } from 'react'
import type { Hit } from '@/lib/explorer/search'
import { useDebouncedCommit } from './use-debounced-commit'
import { useComboboxKeys } from './use-combobox-keys'
import { useMediaQuery } from '../use-media-query'
// Floating UI loads when the first suggestion is previewed, not with the page.
const OptionHoverCard = lazy(() => import('./OptionHoverCard'))

interface Props {
  value: string
  onChange: (q: string) => void
  search: (query: string, limit?: number) => Hit[]
  onPick: (hit: Hit, q: string) => void
  inputRef: RefObject<HTMLInputElement | null>
  /** Accessible name of the box. */
  label?: string
  placeholder?: string
}

/** How long typing must pause before the query goes to the URL (and the canvas highlights matches). */
const URL_DELAY = 200

/**
 * Search combobox (ARIA 1.2 pattern): the input keeps focus, arrows move the active suggestion,
 * Enter picks the active or top hit, Esc closes the list (a second Esc clears the text).
 * The text lives here and suggestions follow every keystroke; the URL (`q`, and with it the
 * highlighting of matches on the canvas) follows after a short pause, so a keystroke does not
 * re-render the whole explorer.
 */
export function SearchBox({
  value: committed,
  onChange,
  search,
  onPick,
  inputRef,
  label,
  placeholder,
}: Props) {
  const m = useMessages()
  const id = useId()
  const [open, setOpen] = useState(false)
  const [value, setValue] = useState(committed)
  const commit = useDebouncedCommit(onChange, URL_DELAY)
  // The URL changed from elsewhere (Back/Forward, reset, a pick): show it.
  const [seen, setSeen] = useState(committed)
  if (seen !== committed) {
    setSeen(committed)
    setValue(committed)
  }
  const hits = useMemo(() => search(value, 8), [search, value])
  const shown = open && value.trim() !== ''
  const choose = (hit: Hit | undefined) => {
    if (!hit) return
    // The pick carries the text, so the URL gets both in one history entry.
    commit.cancel()
    setOpen(false)
    keys.setActive(-1)
    onPick(hit, value)
  }
  const keys = useComboboxKeys({
    items: hits,
    shown,
    setOpen,
    onChoose: choose,
    onEscapeClosed: () => {
      if (value) {
        setValue('')
        commit.now('')
      } else inputRef.current?.blur()
    },
  })
  const { active } = keys
  // Beside the list there is room for a preview only on wide screens.
  const wide = useMediaQuery('(min-width: 768px)')
  const previewed = wide ? hits[active] : undefined
  return (
    <div className="search" role="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {label ?? m.search.label}
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={`${id}-list`}
        aria-activedescendant={active >= 0 ? `${id}-opt-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder ?? m.search.placeholder}
        value={value}
        onChange={(e) => {
          setValue(e.target.value)
          commit.later(e.target.value)
          setOpen(true)
          keys.setActive(-1)
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={keys.onKeyDown}
      />
      <kbd className="search-hint" aria-hidden="true">
        /
      </kbd>
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label={m.search.suggestions}
        className="suggestions"
        hidden={!shown}
      >
        {hits.map((h, i) => (
          <li
            key={h.id}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            aria-describedby={previewed && i === active ? `${id}-preview` : undefined}
            onMouseEnter={() => keys.setActive(i)}
            // mousedown would blur the input (closing the list) before the click lands.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(h)}
          >
            <span className="hit-label">{h.label}</span>
            {h.where.field === 'name' ? (
              h.detail && <span className="hit-detail">{h.detail}</span>
            ) : (
              <span className="hit-detail hit-snippet">
                {h.where.field === 'evidence' ? m.search.inEvidence : m.search.inDefinition}
                {h.where.before}
                <mark>{h.where.match}</mark>
                {h.where.after}
              </span>
            )}
            {h.kind === 'concept' && <span className="hit-kind">{m.search.concept}</span>}
          </li>
        ))}
      </ul>
      {previewed && (
        <Suspense fallback={null}>
          <OptionHoverCard anchorId={`${id}-opt-${active}`} nodeId={previewed.id} id={`${id}-preview`} />
        </Suspense>
      )}
      {shown && hits.length === 0 && (
        <p className="suggestions empty" role="status">
          {m.search.noMatch(value.trim())}
        </p>
      )}
    </div>
  )
}
