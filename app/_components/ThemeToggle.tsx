'use client'
/**
 * The theme switch: one button cycling system → light → dark, showing the current state as text
 * and in its accessible name. Rendered as `system` on the server and corrected on hydration (the
 * page itself is already right: the inline script set data-theme before first paint).
 */
import { useSyncExternalStore } from 'react'
import type { Messages } from '@/lib/explorer/i18n/messages'
import { currentChoice, setTheme, subscribeTheme, type ThemeChoice } from './theme'

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' }
const ICON: Record<ThemeChoice, string> = { system: '◐', light: '☀', dark: '☾' }

/** `m` is the theme part of the UI messages: static pages and the explorer pass their own. */
export function ThemeToggle({ m, className = '' }: { m: Messages['theme']; className?: string }) {
  const choice = useSyncExternalStore(subscribeTheme, currentChoice, () => 'system' as const)
  return (
    <button
      type="button"
      className={`button theme-toggle ${className}`.trim()}
      data-theme-choice={choice}
      aria-label={m.label.replace('{current}', m[choice]).replace('{next}', m[NEXT[choice]])}
      onClick={() => {
        setTheme(NEXT[choice])
      }}
    >
      <span aria-hidden="true">{ICON[choice]}</span>
      <span className="theme-name">{m[choice]}</span>
    </button>
  )
}
