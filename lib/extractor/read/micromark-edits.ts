/**
 * Makes remark's parser linear in the number of list items. micromark (the tokenizer under
 * remark-parse) records edits to its event list in an `EditMap` and applies them with
 * `consume`, which copies the whole list. The document tokenizer does that every time a new
 * list item closes the blocks nested in the one before it, always with edits near the end:
 * a glossary whose entries carry nested bullets cost time quadratic in its length (4,000
 * such entries: 18 s; `- - - - - - - - x` on 4,000 lines: 72 s).
 *
 * `consume` is replaced, for every user of the shared module, by one that leaves the events
 * before the first edit in place and rebuilds only the rest: the same result, in time
 * proportional to what follows the first edit. Imported for its effect by read/markdown.ts.
 * micromark-util-edit-map is a direct dependency pinned to the version micromark uses, so
 * both import the same module; lib/extractor/scaling.test.ts notices if they ever do not.
 */
import { EditMap } from 'micromark-util-edit-map'

type Events = Parameters<EditMap['consume']>[0]

/** micromark's own `consume`, kept for the equivalence test. */
export const originalConsume = EditMap.prototype.consume

/** Applies the recorded edits to `events`, in place, and forgets them. */
export function consumeFromFirstEdit(this: EditMap, events: Events): undefined {
  const changes = this.map
  if (changes.length === 0) return
  changes.sort((a, b) => a[0] - b[0])
  const first = changes[0]?.[0] ?? 0
  const tail = events.slice(first)
  events.length = first
  // Edits are in tail coordinates from here on; an edit overlapping the one before it keeps
  // nothing in between, as the original does.
  let cursor = 0
  for (const [at, remove, add] of changes) {
    for (let i = cursor; i < at - first; i++) pushAt(events, tail, i)
    for (const event of add) events.push(event)
    cursor = at - first + remove
  }
  for (let i = cursor; i < tail.length; i++) pushAt(events, tail, i)
  changes.length = 0
  this.index.clear()
  return undefined
}

function pushAt(events: Events, from: Events, index: number): void {
  const event = from[index]
  if (event) events.push(event)
}

EditMap.prototype.consume = consumeFromFirstEdit
