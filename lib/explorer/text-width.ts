/**
 * Estimated text widths for drawings laid out without a browser (the local graph SVG, the
 * Open Graph image). Per-character advances in em, measured on Noto Sans CJK (the site's first
 * font) and rounded up, so a label fitted here does not overflow when drawn.
 */

/** Advance of one character in em. */
function advance(ch: string): number {
  const code = ch.codePointAt(0) ?? 0
  // CJK, fullwidth forms, kana, hangul: a full em.
  if (code >= 0x2e80) return 1
  if (ch === ' ') return 0.28
  if ('ijlt.,:;|!\'"()[]-'.includes(ch) || ch === 'f' || ch === 'r') return 0.36
  if ('mwMW@%'.includes(ch)) return 0.88
  if (/[A-Z]/.test(ch)) return 0.68
  if (/[0-9]/.test(ch)) return 0.58
  return 0.58
}

/** Width of `text` at `fontSize` (same unit as fontSize). */
export function textWidth(text: string, fontSize: number): number {
  let em = 0
  for (const ch of text) em += advance(ch)
  return em * fontSize
}

/** `text` cut with an ellipsis to fit `maxWidth`; at least one character is kept. */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text
  const chars = [...text]
  let kept = chars.length - 1
  while (kept > 1 && textWidth(`${chars.slice(0, kept).join('').trimEnd()}…`, fontSize) > maxWidth) kept -= 1
  return `${chars.slice(0, kept).join('').trimEnd()}…`
}

/** Canvas labels are at most this many ems wide (about ten Chinese characters), whatever the font size. */
export const LABEL_MAX_EMS = 10

/**
 * The label the canvas and the static picture draw: cut here, once, because Cytoscape's own
 * `text-wrap: ellipsis` measures the text on every restyle (a filter restyles thousands of
 * nodes). Hovered and selected nodes show the whole label.
 */
export const shortLabel = (label: string): string => fitText(label, LABEL_MAX_EMS, 1)

/**
 * Breaks `text` into at most `maxLines` lines of `maxWidth`: at spaces for Latin text, anywhere
 * between CJK characters. The last line ends with an ellipsis when text is left over.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
  // Tokens: a Latin word with its trailing space, or a single CJK character.
  const tokens = text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+\s*|\s+/gu) ?? []
  const lines: string[] = []
  let line = ''
  for (const token of tokens) {
    if (line && textWidth((line + token).trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd())
      line = token.trimStart()
    } else line += token
  }
  if (line.trim()) lines.push(line.trimEnd())
  const out = lines.slice(0, maxLines)
  const last = out.length - 1
  if (last >= 0) {
    const rest = lines.slice(maxLines).join(' ')
    out[last] = fitText(rest ? `${out[last]} ${rest}` : (out[last] ?? ''), maxWidth, fontSize)
  }
  return out.map((l) => fitText(l, maxWidth, fontSize))
}
