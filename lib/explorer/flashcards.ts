/**
 * The glossary as flash cards: tab-separated lines that Anki imports (front = the term and its
 * other names, back = the definition and what kind of thing it is). Anki reads the header lines
 * (`#separator:tab`, `#html:true`), so line breaks are written as <br> and the text is escaped.
 */
import type { Lookup } from './lookup'

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }
/** Text for one field: HTML-escaped, tabs as spaces, line breaks as <br>. */
const field = (text: string): string =>
  text
    .replace(/[&<>"]/g, (ch) => HTML[ch] ?? ch)
    .replace(/\t/g, ' ')
    .replace(/\r?\n/g, '<br>')

/**
 * One card per term among `ids` (all terms when not given), in label order. `kindLine` words the
 * genus in the reader's language ("是一种：注意力机制").
 */
export function flashcardsTsv(
  l: Lookup,
  ids: Iterable<string> | undefined,
  kindLine: (genus: string) => string,
): string {
  const terms = ids
    ? [...ids].flatMap((id) => {
        const n = l.nodes.get(id)
        return n?.kind === 'term' ? [n] : []
      })
    : [...l.terms.values()]
  const lines = terms
    .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'))
    .map((t) => {
      const names = [t.expansion, t.gloss].filter((n): n is string => Boolean(n) && n !== t.label)
      const front = [field(t.label), ...(names.length ? [field(names.join(' · '))] : [])].join('<br>')
      const back = [field(t.definition || t.label), ...(t.genus ? [field(kindLine(t.genus))] : [])].join(
        '<br><br>',
      )
      return `${front}\t${back}`
    })
  return ['#separator:tab', '#html:true', '#columns:Front\tBack', ...lines, ''].join('\n')
}
