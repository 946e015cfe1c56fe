'use client'
import { useId, useMemo, useState, type KeyboardEvent, type RefObject } from 'react'
import type { Hit } from '@/lib/search'

interface Props {
  value: string
  onChange: (q: string) => void
  search: (q: string, limit?: number) => Hit[]
  onPick: (hit: Hit) => void
  inputRef: RefObject<HTMLInputElement | null>
}

/**
 * Search combobox (ARIA 1.2 pattern): the input keeps focus, arrows move the active suggestion,
 * Enter picks the active or top hit, Esc closes the list (a second Esc clears the text).
 */
export function SearchBox({ value, onChange, search, onPick, inputRef }: Props) {
  const id = useId()
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const hits = useMemo(() => search(value, 8), [search, value])
  const shown = open && value.trim() !== ''
  const choose = (hit: Hit | undefined) => {
    if (!hit) return
    setOpen(false)
    setActive(-1)
    onPick(hit)
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
      else if (value) onChange('')
      else inputRef.current?.blur()
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
          onChange(e.target.value)
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
