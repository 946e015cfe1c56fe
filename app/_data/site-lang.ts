/**
 * Server-only: the site's UI language, decided at build time from the glossary's own text, so an
 * English glossary gets an English site. Static pages render in it; the explorer starts in it.
 */
import { glossaryLang } from '@/lib/explorer/i18n/glossary-lang'
import { messagesFor, type Lang, type Messages } from '@/lib/explorer/i18n/messages'
import type { Lookup } from '@/lib/explorer/lookup'
import { loadGraph } from './load-graph'

/**
 * Decided once per graph: every page asks several times (layout, metadata, page), and reading
 * every term's text each time made a 5,000-term build quadratic.
 */
const decided = new WeakMap<Lookup, Lang>()

/** The glossary's language (`zh` or `en`). */
export function siteLang(): Lang {
  const graph = loadGraph()
  let lang = decided.get(graph)
  if (!lang) {
    lang = glossaryLang(graph.terms.values())
    decided.set(graph, lang)
  }
  return lang
}

/** The UI messages in the glossary's language, for server components. */
export function siteMessages(): Messages {
  return messagesFor(siteLang())
}
