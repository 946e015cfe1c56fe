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
import {
  binarySignature,
  controlCharacter,
  hasControlBytes,
  looksLikeCjkText,
  utf16WithoutBom,
} from './sniff'

export type Decoded = { text: string; note?: Diagnostic } | { error: Diagnostic }

type Outcome = { text: string; note?: string } | { error: string; line: number }

// Decoded when chardet names them: the encodings a glossary of Chinese terms comes in.
const CHINESE_ENCODINGS = new Set(['GB18030', 'Big5'])

// chardet scores 0–100 and its multi-byte recognisers give 10 for "no evidence";
// above half, the character frequencies agree with the encoding.
const MIN_CONFIDENCE = 50

/** Decode one glossary file, or say why it cannot be read as text; diagnostics point at `path`. */
export function decodeGlossary(bytes: Uint8Array, path: string): Decoded {
  const at = (severity: Diagnostic['severity'], line: number, message: string): Diagnostic => ({
    severity,
    source: { file: path, line },
    message,
  })
  const outcome = decode(bytes)
  if ('error' in outcome) return { error: at('error', outcome.line, outcome.error) }
  const control = controlCharacter(outcome.text)
  if (control) {
    return {
      error: at('error', control.line, `${control.name}: binary or corrupted file, not a markdown glossary`),
    }
  }
  return outcome.note ? { text: outcome.text, note: at('note', 1, outcome.note) } : { text: outcome.text }
}

/** What the bytes are, checked from the surest sign (a byte-order mark) to the weakest (a guess). */
function decode(b: Uint8Array): Outcome {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    return withBom('utf-8', b.subarray(3), 'UTF-8 byte-order mark removed')
  }
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) {
    if (b[0] === 0xff && b[2] === 0 && b[3] === 0)
      return { error: 'UTF-32 is not supported; save it as UTF-8', line: 1 }
    const encoding = b[0] === 0xff ? 'utf-16le' : 'utf-16be'
    return withBom(encoding, b.subarray(2), `decoded as ${encoding.toUpperCase()}`)
  }
  const signature = binarySignature(b)
  if (signature) return { error: `binary file (${signature}), not a markdown glossary`, line: 1 }
  const utf16 = utf16WithoutBom(b)
  const utf16Text = utf16 && strictDecode(utf16, b)
  if (utf16 && utf16Text !== undefined) {
    return { text: utf16Text, note: `decoded as ${utf16.toUpperCase()} (no byte-order mark)` }
  }
  if (b.includes(0)) return { error: 'binary file (NUL bytes), not a markdown glossary', line: 1 }
  const utf8 = strictDecode('utf-8', b)
  return utf8 === undefined ? notUtf8(b) : { text: utf8 }
}

/** Not UTF-8: decode a well-detected Chinese encoding, else name what it looks like. */
function notUtf8(bytes: Uint8Array): Outcome {
  const best = analyse(bytes)[0]
  if (best && best.confidence >= MIN_CONFIDENCE && CHINESE_ENCODINGS.has(best.name)) {
    const text = iconv.decode(bytes, best.name)
    if (looksLikeCjkText(text)) return { text, note: `decoded as ${best.name} (not valid UTF-8)` }
  }
  if (hasControlBytes(bytes))
    return { error: 'binary file (control characters), not a markdown glossary', line: 1 }
  // Single-byte encodings are not decoded: every byte string is valid in all of them, so a
  // wrong guess would give plausible mojibake. The author is told what to do instead.
  const looks = !best
    ? 'an unknown encoding'
    : /^(ISO-8859-1|windows-1252)$/.test(best.name)
      ? 'Latin-1/Windows-1252'
      : best.name
  const { line, byte } = firstInvalidUtf8(bytes)
  const hex = byte.toString(16).toUpperCase()
  return {
    error: `not UTF-8 text; looks like ${looks} (first byte that is not UTF-8: 0x${hex} on this line); save it as UTF-8`,
    line,
  }
}

/** Text after a byte-order mark: the mark names its encoding, so invalid bytes are an error. */
function withBom(encoding: string, bytes: Uint8Array, note: string): Outcome {
  const text = strictDecode(encoding, bytes)
  const name = encoding.toUpperCase()
  return text === undefined
    ? { error: `starts with a ${name} byte-order mark but is not valid ${name}`, line: 1 }
    : { text, note }
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
  const before = lossy.slice(0, Math.max(0, lossy.indexOf('\uFFFD')))
  return { line: before.split('\n').length, byte: bytes[Buffer.byteLength(before)] ?? 0 }
}
