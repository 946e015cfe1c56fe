/**
 * The id a renderer gives a heading, for resolving in-page links (`[ReLUs](#relu)`) to terms whose
 * reader recorded no anchor. GitHub's rule, which most renderers share for plain headings: lower
 * case, punctuation dropped (letters, digits, marks, `-` and `_` kept, in any script), spaces to `-`.
 */

/** `"Batch Normalization (BN)"` → `"batch-normalization-bn"`; `"注意力机制"` stays as written. */
export function headingSlug(heading: string): string {
  return heading
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')
}
