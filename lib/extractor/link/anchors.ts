/**
 * The id a renderer gives a heading, for resolving in-page links (`[ReLUs](#relu)`) to a term whose
 * reader recorded no anchor for it (an entry that is not a heading, or a reader that records none).
 * GitHub's rule (github-slugger, which the heading reader uses too), without its count of repeats.
 */
import { slug } from 'github-slugger'

/** `"Batch Normalization (BN)"` → `"batch-normalization-bn"`; `"注意力机制"` stays as written. */
export const headingSlug = (heading: string): string => slug(heading.normalize('NFKC').trim())
