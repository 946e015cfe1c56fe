'use client'
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react'
import type { Hit, Search } from '@/lib/explorer/search'

interface Props {
  value: string
  onChange: (q: string) => void
  search: Search
  onPick: (hit: Hit, q: string) => void
  inputRef: RefObject<HTMLInputElement | null>
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
export function SearchBox({ value: committed, onChange, search, onPick, inputRef }: Props) {
  const id = useId()
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const [value, setValue] = useState(committed)
  const pending = useRef<number | undefined>(undefined)
  // The URL changed from elsewhere (Back/Forward, reset, a pick): show it.
  const [seen, setSeen] = useState(committed)
  if (seen !== committed) {
    setSeen(committed)
    setValue(committed)
  }
  useEffect(() => () => window.clearTimeout(pending.current), [])
  const commit = (q: string, delay: number) => {
    window.clearTimeout(pending.current)
    if (delay === 0) onChange(q)
    else pending.current = window.setTimeout(() => onChange(q), delay)
  }
  const hits = useMemo(() => search(value, 8), [search, value])
  const shown = open && value.trim() !== ''
  const choose = (hit: Hit | undefined) => {
    if (!hit) return
    // The pick carries the text, so the URL gets both in one history entry.
    window.clearTimeout(pending.current)
    setOpen(false)
    setActive(-1)
    onPick(hit, value)
  }
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      setOpen(true)
      const step = e.key === 'ArrowDown' ? 1 : -1
      setActive((a) => (hits.length === 0 ? -1 : (a + step + hits.length) % hits.length))
    } else if (e.key === 'Enter') {
      e.preventDefault()
      choose(hits[active] ?? hits[0])
    } else if (e.key === 'Escape') {
      // Handled here so the page-level Esc (close panel) does not also fire.
      e.preventDefault()
      if (shown) setOpen(false)
      else if (value) {
        setValue('')
        commit('', 0)
      } else inputRef.current?.blur()
    }
  }
  return (
    <div className="search" role="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        搜索术语
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={`${id}-list`}
        aria-activedescendant={shown && active >= 0 ? `${id}-opt-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder="搜索术语：中文、English、缩写或拼音"
        value={value}
        onChange={(e) => {
          setValue(e.target.value)
          commit(e.target.value, URL_DELAY)
          setOpen(true)
          setActive(-1)
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <kbd className="search-hint" aria-hidden="true">
        /
      </kbd>
      <ul id={`${id}-list`} role="listbox" aria-label="搜索建议" className="suggestions" hidden={!shown}>
        {hits.map((h, i) => (
          <li
            key={h.id}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            // mousedown would blur the input (closing the list) before the click lands.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(h)}
          >
            <span className="hit-label">{h.label}</span>
            {h.detail && <span className="hit-detail">{h.detail}</span>}
            {h.kind === 'concept' && <span className="hit-kind">概念</span>}
          </li>
        ))}
      </ul>
      {shown && hits.length === 0 && (
        <p className="suggestions empty" role="status">
          没有找到 “{value.trim()}”
        </p>
      )}
    </div>
  )
}
