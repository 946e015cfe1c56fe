/**
 * Bytes of a glossary file → text. Chinese glossaries are often saved as GBK/GB18030 or
 * Big5, and Windows tools write UTF-16; reading those as UTF-8 builds a graph out of
 * mojibake. So: byte-order marks first, then UTF-16 without one, then UTF-8, then the
 * Chinese multi-byte encodings when chardet's frequency analysis names one and the result
 * reads as text. A UTF-8 file with a few bad bytes is UTF-8 with errors at their lines, not
 * another encoding. Anything else is an error that says what the file looks like.
 */
import { analyse } from 'chardet'
import iconv from 'iconv-lite'
import type { Diagnostic } from '../diagnostics'
import {
  binarySignature,
  CONTROLS,
  controlCharacters,
  hasControlBytes,
  looksLikeCjkText,
  utf16WithoutBom,
} from './sniff'
import { perLine, utf8Errors } from './utf8-errors'

/** The text, unless an error rejects the file; and what was noticed on the way. */
export interface Decoded {
  text?: string
  diagnostics: Diagnostic[]
}

type Outcome = { text: string; note?: string } | { errors: Array<{ line: number; message: string }> }

// Decoded when chardet names them: the encodings a glossary of Chinese terms comes in.
const CHINESE_ENCODINGS = new Set(['GB18030', 'Big5'])

// chardet scores 0–100 and its multi-byte recognisers give 10 for "no evidence";
// above half, the character frequencies agree with the encoding.
const MIN_CONFIDENCE = 50

const oneError = (message: string): Outcome => ({ errors: [{ line: 1, message }] })

/** A few stray control characters are dropped with a warning; more than one in this many characters is a binary file. */
const CONTROL_RATIO = 1000

/** Decode one glossary file, or say why it cannot be read as text; diagnostics point at `path`. */
export function decodeGlossary(bytes: Uint8Array, path: string): Decoded {
  const at = (severity: Diagnostic['severity'], line: number, message: string): Diagnostic => ({
    severity,
    source: { file: path, line },
    message,
  })
  const outcome = decode(bytes)
  if ('errors' in outcome) return { diagnostics: outcome.errors.map((e) => at('error', e.line, e.message)) }
  const diagnostics = outcome.note ? [at('note', 1, outcome.note)] : []
  const controls = controlCharacters(outcome.text)
  if (controls.length === 0) return { text: outcome.text, diagnostics }
  if (controls.length > 10 && controls.length * CONTROL_RATIO > outcome.text.length) {
    const first = controls[0]
    return {
      diagnostics: [
        at(
          'error',
          first?.line ?? 1,
          `${controls.length} control characters: binary or corrupted file, not a markdown glossary`,
        ),
      ],
    }
  }
  const warnings = perLine(
    controls,
    (names) => `${names.join(', ')} removed (a control character no text has)`,
  )
  return {
    text: outcome.text.replace(CONTROLS, ''),
    diagnostics: [...diagnostics, ...warnings.map((w) => at('warning', w.line, w.message))],
  }
}

/** What the bytes are, checked from the surest sign (a byte-order mark) to the weakest (a guess). */
function decode(b: Uint8Array): Outcome {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    return withBom('utf-8', b.subarray(3), 'UTF-8 byte-order mark removed')
  }
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) {
    if (b[0] === 0xff && b[2] === 0 && b[3] === 0)
      return oneError('UTF-32 is not supported; save it as UTF-8')
    const encoding = b[0] === 0xff ? 'utf-16le' : 'utf-16be'
    return withBom(encoding, b.subarray(2), `decoded as ${encoding.toUpperCase()}`)
  }
  const signature = binarySignature(b)
  if (signature) return oneError(`binary file (${signature}), not a markdown glossary`)
  const utf16 = utf16WithoutBom(b)
  const utf16Text = utf16 && strictDecode(utf16, b)
  if (utf16 && utf16Text !== undefined) {
    return { text: utf16Text, note: `decoded as ${utf16.toUpperCase()} (no byte-order mark)` }
  }
  if (b.includes(0)) return oneError('binary file (NUL bytes), not a markdown glossary')
  const utf8 = strictDecode('utf-8', b)
  return utf8 === undefined ? notUtf8(b) : { text: utf8 }
}

/**
 * Not UTF-8: a file that is mostly UTF-8 has bad bytes at some lines (an error at each);
 * otherwise decode a well-detected Chinese encoding, else name what it looks like.
 */
function notUtf8(bytes: Uint8Array): Outcome {
  const utf8 = utf8Errors(bytes)
  // More characters decode as UTF-8 than fail: GBK or Big5 read as UTF-8 fail almost everywhere.
  if (utf8.valid > utf8.invalid.length) {
    const lines = perLine(
      utf8.invalid,
      (bytes) => `invalid UTF-8 (${bytes.join(' ')}) in a UTF-8 file; retype the characters on this line`,
    )
    return { errors: lines }
  }
  const best = analyse(bytes)[0]
  if (best && best.confidence >= MIN_CONFIDENCE && CHINESE_ENCODINGS.has(best.name)) {
    const text = iconv.decode(bytes, best.name)
    if (looksLikeCjkText(text)) return { text, note: `decoded as ${best.name} (not valid UTF-8)` }
  }
  if (hasControlBytes(bytes)) return oneError('binary file (control characters), not a markdown glossary')
  // Single-byte encodings are not decoded: every byte string is valid in all of them, so a
  // wrong guess would give plausible mojibake. The author is told what to do instead.
  const looks = !best
    ? 'an unknown encoding'
    : /^(ISO-8859-1|windows-1252)$/.test(best.name)
      ? 'Latin-1/Windows-1252'
      : best.name
  const first = utf8.invalid[0]
  const message = `not UTF-8 text; looks like ${looks} (first byte that is not UTF-8: ${first?.name ?? '?'} on this line); save it as UTF-8`
  return { errors: [{ line: first?.line ?? 1, message }] }
}

/** Text after a byte-order mark: the mark names its encoding, so invalid bytes are an error. */
function withBom(encoding: string, bytes: Uint8Array, note: string): Outcome {
  const text = strictDecode(encoding, bytes)
  const name = encoding.toUpperCase()
  return text === undefined
    ? oneError(`starts with a ${name} byte-order mark but is not valid ${name}`)
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
