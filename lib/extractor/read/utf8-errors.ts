/**
 * Where a file's bytes are not UTF-8: a strict UTF-8 validator (the WHATWG decoder's byte
 * ranges) that counts the characters that decode and lists the bytes that do not, by line.
 * decode.ts tells a UTF-8 file with a few bad bytes from a file in another encoding by it.
 */

export interface Utf8Errors {
  /** Characters of two or more bytes that are valid UTF-8. */
  valid: number
  /** The first byte of each invalid sequence, e.g. `{ line: 3, name: '0xC3' }`. */
  invalid: Array<{ line: number; name: string }>
}

/** One pass over the bytes. */
export function utf8Errors(bytes: Uint8Array): Utf8Errors {
  const invalid: Utf8Errors['invalid'] = []
  let valid = 0
  let line = 1
  for (let i = 0; i < bytes.length;) {
    const byte = bytes[i] ?? 0
    if (byte < 0x80) {
      if (byte === 0x0a) line++
      i++
      continue
    }
    const length = sequenceLength(bytes, i)
    if (length > 0) {
      valid++
      i += length
    } else {
      invalid.push({ line, name: `0x${byte.toString(16).toUpperCase()}` })
      i++
    }
  }
  return { valid, invalid }
}

/** Length of the valid multi-byte sequence starting at `i`, or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] ?? 0
  // The second byte's range narrows for some leads (no overlong forms, no surrogates, nothing past U+10FFFF).
  let [length, low, high] = [0, 0x80, 0xbf]
  if (lead >= 0xc2 && lead <= 0xdf) length = 2
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3
    if (lead === 0xe0) low = 0xa0
    if (lead === 0xed) high = 0x9f
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4
    if (lead === 0xf0) low = 0x90
    if (lead === 0xf4) high = 0x8f
  }
  if (length === 0) return 0
  for (let k = 1; k < length; k++) {
    const next = bytes[i + k]
    if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return 0
  }
  return length
}

/** At most this many lines are named; one more diagnostic counts the rest. */
const MAX_LINES_NAMED = 20

/**
 * One message per line from things found at lines (`message` gets their names in order),
 * for the first MAX_LINES_NAMED lines, and a last one that counts the lines left.
 */
export function perLine(
  found: ReadonlyArray<{ line: number; name: string }>,
  message: (names: string[]) => string,
): Array<{ line: number; message: string }> {
  const byLine = new Map<number, string[]>()
  for (const { line, name } of found) {
    const names = byLine.get(line)
    if (names) names.push(name)
    else byLine.set(line, [name])
  }
  const lines = [...byLine]
  const named = lines.slice(0, MAX_LINES_NAMED).map(([line, names]) => ({ line, message: message(names) }))
  const rest = lines.slice(MAX_LINES_NAMED)
  const first = rest[0]
  return first
    ? [
        ...named,
        { line: first[0], message: `${message(first[1])}; and so on, on ${rest.length} lines from here` },
      ]
    : named
}
