/**
 * Under `npm run dev`: the page-wide signal that the extractor wrote a new graph. DevOverlay sends
 * it (a cancelable window event) when build-report.json names a new graph; the explorer's graph
 * loader cancels it and fetches the new graph in place, so the reader keeps the page and a save
 * shows in a few hundred milliseconds instead of the seconds a reload of a dev page takes. When
 * nothing cancels it (a term page, the health page), DevOverlay reloads the page instead.
 */
export const GRAPH_CHANGED = 'glossary:graph-changed'

/** Sends the signal; true when a listener took it (refetches in place). */
export function announceGraphChanged(): boolean {
  return !window.dispatchEvent(new Event(GRAPH_CHANGED, { cancelable: true }))
}
