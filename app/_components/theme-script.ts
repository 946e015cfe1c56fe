/**
 * The inline script that sets `data-theme` from localStorage before first paint, so a reader who
 * chose a theme never sees the other one flash. Without a stored choice it leaves the attribute
 * off and theme.css follows the system. Kept tiny and dependency-free: it runs before any bundle.
 */
import { THEME_KEY } from './theme'

export const THEME_SCRIPT = `try{var t=localStorage.getItem(${JSON.stringify(THEME_KEY)});if(t==='light'||t==='dark')document.documentElement.setAttribute('data-theme',t)}catch(e){}`
