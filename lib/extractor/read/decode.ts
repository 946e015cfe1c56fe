/**
 * Bytes of a glossary file → text. Chinese glossaries are often saved as GBK/GB18030 or
 * Big5, and Windows tools write UTF-16; reading those as UTF-8 builds a graph out of
 * mojibake. So: byte-order marks first, then UTF-16 without one, then UTF-8, then the
 * Chinese multi-byte encodings when chardet's frequency analysis names one and the result
 * reads as text. Anything else is an error that says what the file looks like.
 */
import { analyse } from 'chardet'
import iconv from 'iconv-lite'
import type { Diagnostic } from '../diagnostics'
import { binarySignature, controlCharacter, looksLikeCjkText, utf16WithoutBom } from './sniff'

export type Decoded = { text: string; note?: Diagnostic } | { error: Diagnostic }

// Decoded when chardet names them: the Chinese encodings a glossary of Chinese terms comes in.
const CHINESE_ENCODINGS = new Set(['GB18030', 'Big5'])

// chardet scores 0–100; its multi-byte recognisers give 10 for "no evidence". Above half,
// the character frequencies agree with the encoding.
const MIN_CONFIDENCE = 50

/** Decode one glossary file, or say why it cannot be read as text. */
export function decodeGlossary(bytes: Uint8Array, path: string): Decoded {
  const at = (line: number, severity: Diagnostic['severity'], message: string): Diagnostic => ({
    severity,
    source: { file: path, line },
    message,
  })
  const fail = (line: number, message: string): Decoded => ({ error: at(line, 'error', message) })
  const note = (text: string, message: string): Decoded => checked(text, at(1, 'note', message))
  const checked = (text: string, withNote?: Diagnostic): Decoded => {
    const control = controlCharacter(text)
    if (!control) return withNote ? { text, note: withNote } : { text }
    return fail(control.line, `${control.name}: binary or corrupted file, not a markdown glossary`)
  }

  const b = bytes
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    const text = strictDecode('utf-8', b.subarray(3))
    return text === undefined
      ? fail(1, 'starts with a UTF-8 byte-order mark but is not valid UTF-8')
      : note(text, 'UTF-8 byte-order mark removed')
  }
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) {
    if (b[0] === 0xff && b[2] === 0 && b[3] === 0) return fail(1, 'UTF-32 is not supported; save it as UTF-8')
    const encoding = b[0] === 0xff ? 'utf-16le' : 'utf-16be'
    const text = strictDecode(encoding, b.subarray(2))
    return text === undefined
      ? fail(
          1,
          `starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}`,
        )
      : note(text, `decoded as ${encoding.toUpperCase()}`)
  }

  const signature = binarySignature(b)
  if (signature) return fail(1, `binary file (${signature}), not a markdown glossary`)
  const utf16 = utf16WithoutBom(b)
  if (utf16) {
    const text = strictDecode(utf16, b)
    if (text !== undefined) return note(text, `decoded as ${utf16.toUpperCase()} (no byte-order mark)`)
  }
  if (b.includes(0)) return fail(1, 'binary file (NUL bytes), not a markdown glossary')

  const utf8 = strictDecode('utf-8', b)
  if (utf8 !== undefined) return checked(utf8)
  return guessLegacy(b, path)
}

/** Not UTF-8: decode a well-detected Chinese encoding, else name what it looks like. */
function guessLegacy(bytes: Uint8Array, path: string): Decoded {
  const { line, byte } = firstInvalidUtf8(bytes)
  const best = analyse(bytes)[0]
  if (best && best.confidence >= MIN_CONFIDENCE && CHINESE_ENCODINGS.has(best.name)) {
    const text = iconv.decode(bytes, best.name)
    if (looksLikeCjkText(text)) {
      const message = `decoded as ${best.name} (not valid UTF-8)`
      return { text, note: { severity: 'note', source: { file: path, line: 1 }, message } }
    }
  }
  // Single-byte encodings are not decoded: every byte string is valid in all of them, so a
  // wrong guess would give plausible mojibake. Control bytes mean it is no text at all.
  const message = bytes.some((x) => (x < 0x20 && !TEXT_CONTROLS.has(x)) || x === 0x7f)
    ? 'binary file (control characters), not a markdown glossary'
    : `not UTF-8 text; looks like ${best ? describeEncoding(best.name) : 'an unknown encoding'} ` +
      `(first byte that is not UTF-8: 0x${byte.toString(16).toUpperCase()} on this line); save it as UTF-8`
  return { error: { severity: 'error', source: { file: path, line }, message } }
}

// Tab, line feed, form feed, carriage return.
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d])

function describeEncoding(name: string): string {
  return name === 'ISO-8859-1' || name === 'windows-1252' ? 'Latin-1/Windows-1252' : name
}

/** The text, or undefined when the bytes are not valid in `encoding`. */
function strictDecode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return undefined
  }
}

/** Where UTF-8 decoding first fails, for pointing the author at it. */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; byte: number } {
  const lossy = new TextDecoder('utf-8').decode(bytes)
  const index = Math.max(0, lossy.indexOf('\uFFFD'))
  const before = lossy.slice(0, index)
  return { line: before.split('\n').length, byte: bytes[Buffer.byteLength(before)] ?? 0 }
}
