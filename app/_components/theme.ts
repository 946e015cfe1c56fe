/**
 * The reader's colour theme: `light`, `dark` or `system` (follow prefers-color-scheme), kept in
 * localStorage and shown as `data-theme` on <html> (absent = system). theme.css turns that into
 * `color-scheme`, which resolves every `light-dark()` colour, so CSS alone switches the page; the
 * canvas subscribes here to restyle itself.
 */
export type ThemeChoice = 'light' | 'dark' | 'system'

/** localStorage key (also read by the inline script in theme-script.ts). */
export const THEME_KEY = 'theme'

const DARK_QUERY = '(prefers-color-scheme: dark)'

/** Applies and remembers a choice. */
export function setTheme(choice: ThemeChoice): void {
  const root = document.documentElement
  if (choice === 'system') root.removeAttribute('data-theme')
  else root.setAttribute('data-theme', choice)
  try {
    if (choice === 'system') localStorage.removeItem(THEME_KEY)
    else localStorage.setItem(THEME_KEY, choice)
  } catch {
    // Private mode: the choice holds for this page only.
  }
}

/** The choice in effect on this page (data-theme; absent = system). */
export function currentChoice(): ThemeChoice {
  const attr = document.documentElement.getAttribute('data-theme')
  return attr === 'light' || attr === 'dark' ? attr : 'system'
}

/** The theme in effect: the explicit choice, else the system's. */
export function resolvedTheme(): 'light' | 'dark' {
  const attr = document.documentElement.getAttribute('data-theme')
  if (attr === 'light' || attr === 'dark') return attr
  return window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light'
}

/** Calls `onChange` when the choice or the system theme changes; returns the unsubscribe. */
export function subscribeTheme(onChange: () => void): () => void {
  const media = window.matchMedia(DARK_QUERY)
  media.addEventListener('change', onChange)
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
  return () => {
    media.removeEventListener('change', onChange)
    observer.disconnect()
  }
}
