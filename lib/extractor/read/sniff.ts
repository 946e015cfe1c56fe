/**
 * Cheap tests on a file's bytes or decoded text that tell text from binary and one
 * encoding from another, for decode.ts.
 */

const SIGNATURES: ReadonlyArray<[string, readonly number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP archive, e.g. .docx or .xlsx', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
]

/** The kind of a well-known binary file by its first bytes, e.g. "PNG image". */
export function binarySignature(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find(([, magic]) => magic.every((byte, i) => bytes[i] === byte))?.[0]
}

/**
 * UTF-16 without a byte-order mark: markdown is full of ASCII (newlines, `-`, `#`, spaces),
 * whose UTF-16 form has a NUL in every other byte. Other text encodings have no NUL bytes
 * at all, so NULs that keep to one parity (ten times more often than to the other: 一 is
 * U+4E00 and puts a NUL on the other side) mean UTF-16; the caller still decodes strictly.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  let even = 0
  let odd = 0
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    if (bytes[i] === 0) even++
    if (bytes[i + 1] === 0) odd++
  }
  if (odd > 0 && odd >= 10 * even) return 'utf-16le'
  if (even > 0 && even >= 10 * odd) return 'utf-16be'
  return undefined
}

// C0 and C1 controls other than tab, line feed, form feed and carriage return.
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/u
/** Every such control character, for removing them. */
export const CONTROLS = new RegExp(CONTROL.source, 'gu')

/** Every control character no text file contains, each with its line and name (`U+0001`). */
export function controlCharacters(text: string): Array<{ name: string; line: number }> {
  const found: Array<{ name: string; line: number }> = []
  let line = 1
  let counted = 0
  for (const match of text.matchAll(CONTROLS)) {
    // Lines counted from the last match on: one pass over the text in all.
    for (let i = text.indexOf('\n', counted); i >= 0 && i < match.index; i = text.indexOf('\n', i + 1)) line++
    counted = match.index
    found.push({ name: `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, line })
  }
  return found
}

/** Control bytes no text in an ASCII-compatible encoding has (tab, line feed, form feed and carriage return aside). */
export const hasControlBytes = (bytes: Uint8Array): boolean =>
  bytes.some((byte) => (byte < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d].includes(byte)) || byte === 0x7f)

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u

/**
 * Text decoded from a guessed Chinese encoding reads as text: nothing undecodable, no
 * control characters, and most of its non-ASCII characters Chinese (a wrong guess tends
 * to give symbols, Korean or Japanese syllables instead).
 */
export function looksLikeCjkText(text: string): boolean {
  if (text.includes('\uFFFD') || CONTROL.test(text)) return false
  let other = 0
  let cjk = 0
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue
    if (CJK.test(ch)) cjk++
    else other++
  }
  return cjk > other
}
