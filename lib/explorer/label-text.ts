/**
 * How long a label the canvas draws. Cytoscape's own `text-wrap: ellipsis` measures the text
 * with the canvas on every restyle (a filter restyles thousands of nodes), so the short label is
 * cut once, here, by an estimate of its width, and the static picture draws the same text.
 */

/** Rough advance of one character in ems: CJK and full-width forms are square, Latin about half. */
export const charWidth = (ch: string): number => (/[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.53)

/** Canvas labels are at most this many ems wide (about ten Chinese characters), whatever the font size. */
export const LABEL_MAX_EMS = 10

/** Estimated drawn width of a label in pixels at `fontSize`. */
export const labelWidth = (label: string, fontSize: number): number =>
  [...label].reduce((w, ch) => w + charWidth(ch) * fontSize, 0)

/** The label cut to `maxEms`, ending in "…" when cut; hovered and selected nodes show it whole. */
export function shortLabel(label: string, maxEms = LABEL_MAX_EMS): string {
  let width = 0
  const chars = [...label]
  for (let i = 0; i < chars.length; i++) {
    width += charWidth(chars[i] ?? '')
    if (width > maxEms) return `${chars.slice(0, Math.max(1, i - 1)).join('')}…`
  }
  return label
}
