import { linkify } from '@/lib/explorer/linkify'

/**
 * A definition as text, with http(s) URLs as external links. Glossary text is never parsed as
 * HTML: React escapes every part, so `<img onerror=…>` shows as characters.
 */
export function Definition({ text, className }: { text: string; className?: string }) {
  if (!text) return <p className={className}>（词表中只给出了名称，没有释义。）</p>
  return (
    <p className={className}>
      {linkify(text).map((p, i) =>
        p.kind === 'url' ? (
          <a key={i} href={p.href} target="_blank" rel="noopener noreferrer">
            {p.text}
          </a>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </p>
  )
}
