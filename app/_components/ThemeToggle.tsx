'use client'
/**
 * The theme switch: one button cycling system → light → dark, showing the current state as text
 * and in its accessible name. Rendered as `system` on the server and corrected on hydration (the
 * page itself is already right: the inline script set data-theme before first paint).
 */
import { useSyncExternalStore } from 'react'
import { currentChoice, setTheme, subscribeTheme, type ThemeChoice } from './theme'

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' }
const LABEL: Record<ThemeChoice, string> = { system: '跟随系统', light: '浅色', dark: '深色' }
const ICON: Record<ThemeChoice, string> = { system: '◐', light: '☀', dark: '☾' }

export function ThemeToggle({ className = '' }: { className?: string }) {
  const choice = useSyncExternalStore(subscribeTheme, currentChoice, () => 'system' as const)
  return (
    <button
      type="button"
      className={`button theme-toggle ${className}`.trim()}
      data-theme-choice={choice}
      aria-label={`主题：${LABEL[choice]}（点击切换为${LABEL[NEXT[choice]]}）`}
      onClick={() => {
        setTheme(NEXT[choice])
      }}
    >
      <span aria-hidden="true">{ICON[choice]}</span>
      <span className="theme-name">{LABEL[choice]}</span>
    </button>
  )
}
