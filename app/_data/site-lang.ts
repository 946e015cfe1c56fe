/**
 * Server-only: the site's UI language, decided at build time from the glossary's own text, so an
 * English glossary gets an English site. Static pages render in it; the explorer starts in it.
 */
import { glossaryLang } from '@/lib/explorer/i18n/glossary-lang'
import { messagesFor, type Lang, type Messages } from '@/lib/explorer/i18n/messages'
import { loadGraph } from './load-graph'

/** The glossary's language (`zh` or `en`). */
export function siteLang(): Lang {
  return glossaryLang(loadGraph().terms.values())
}

/** The UI messages in the glossary's language, for server components. */
export function siteMessages(): Messages {
  return messagesFor(siteLang())
}
