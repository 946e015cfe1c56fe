import { readFileSync } from 'node:fs'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../diagnostics'
import { decodeGlossary } from './decode'

const glossary = readFileSync('glossary/glossary.md', 'utf8')
const bytes = (...parts: Array<string | number[] | Buffer>): Buffer =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))))

// Traditional Chinese, as a Taiwanese or Hong Kong glossary saved by an old editor would be (Big5).
const traditional =
  '# 大型語言模型術語\n\n- BPE，位元組對編碼的簡寫，一種子詞分詞演算法\n' +
  '- 微調，在預訓練模型上用少量資料繼續訓練，讓模型適應新的任務\n- 注意力機制，讓模型在處理序列時關注最相關的位置\n'
const french =
  '# Glossaire\n\n- Modèle: réseau entraîné sur des données.\n- Réglage fin: entraînement léger.\n'
// Bytes that no text file has: NULs and control bytes, deterministic so failures reproduce.
const junk = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256))
const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]

describe('decodeGlossary', () => {
  // [case, bytes, the text it must give (or undefined for an error), the one diagnostic it reports]
  it.each<[string, Uint8Array, string | undefined, string | undefined]>([
    ['UTF-8', bytes(glossary), glossary, undefined],
    [
      'UTF-8 with BOM',
      bytes([0xef, 0xbb, 0xbf], glossary),
      glossary,
      'g.md:1: note: UTF-8 byte-order mark removed',
    ],
    [
      'UTF-16LE with BOM',
      bytes([0xff, 0xfe], iconv.encode(glossary, 'utf16le')),
      glossary,
      'g.md:1: note: decoded as UTF-16LE',
    ],
    [
      'UTF-16BE with BOM',
      bytes([0xfe, 0xff], iconv.encode(glossary, 'utf16be')),
      glossary,
      'g.md:1: note: decoded as UTF-16BE',
    ],
    [
      'UTF-16LE without BOM',
      iconv.encode(glossary, 'utf16le'),
      glossary,
      'g.md:1: note: decoded as UTF-16LE (no byte-order mark)',
    ],
    [
      'GB18030',
      iconv.encode(glossary, 'gb18030'),
      glossary,
      'g.md:1: note: decoded as GB18030 (not valid UTF-8)',
    ],
    [
      // GBK has no "ﬁ" ligature: the copy an editor saves writes it as "fi".
      'GBK',
      iconv.encode(glossary.replace(/\ufb01/g, 'fi'), 'gbk'),
      glossary.replace(/\ufb01/g, 'fi'),
      'g.md:1: note: decoded as GB18030 (not valid UTF-8)',
    ],
    // Decided: Big5 is decoded. chardet's frequency analysis tells it from GB18030 (100 against 10 here),
    // and a Chinese glossary is as likely to be traditional as simplified.
    [
      'Big5',
      iconv.encode(traditional, 'big5'),
      traditional,
      'g.md:1: note: decoded as Big5 (not valid UTF-8)',
    ],
    [
      'Latin-1',
      iconv.encode(french, 'latin1'),
      undefined,
      'g.md:3: error: not UTF-8 text; looks like Latin-1/Windows-1252 (first byte that is not UTF-8: 0xE8 on this line); save it as UTF-8',
    ],
    ['random bytes', junk, undefined, 'g.md:1: error: binary file (NUL bytes), not a markdown glossary'],
    [
      'random bytes without NULs',
      junk.filter((b) => b !== 0),
      undefined,
      'g.md:1: error: binary file (control characters), not a markdown glossary',
    ],
    [
      'a PNG header',
      bytes(png),
      undefined,
      'g.md:1: error: binary file (PNG image), not a markdown glossary',
    ],
    [
      'UTF-8 with a stray control character: dropped, with a warning at its line',
      bytes('# T\n\n- BPE，分词\n- a\u0001b\n'),
      '# T\n\n- BPE，分词\n- ab\n',
      'g.md:4: warning: U+0001 removed (a control character no text has)',
    ],
    [
      'UTF-8 full of control characters',
      bytes(`# T\n\n${'- a\u0001\u0002b\n'.repeat(20)}`),
      undefined,
      'g.md:3: error: 40 control characters: binary or corrupted file, not a markdown glossary',
    ],
  ])('%s', (_case, input, text, diagnostic) => {
    const decoded = decodeGlossary(input, 'g.md')
    expect(decoded.text).toBe(text)
    expect(decoded.diagnostics.map(formatDiagnostic)).toEqual(diagnostic ? [diagnostic] : [])
  })

  it('names a Japanese encoding it does not decode', () => {
    const japanese = iconv.encode('# 用語集\n\n- トークン化、テキストを単語に分割する処理\n', 'shift_jis')
    const decoded = decodeGlossary(japanese, 'g.md')
    expect(decoded.text).toBeUndefined()
    expect(decoded.diagnostics[0]?.message).toMatch(/^not UTF-8 text; looks like Shift_JIS/)
  })

  it('calls bad bytes in a UTF-8 file invalid UTF-8, one error at each line that has them', () => {
    const lines = glossary.split('\n')
    // Three stray bytes, as a bad copy and paste or a truncated character leaves them.
    const broken = bytes(
      lines.slice(0, 9).join('\n'),
      '\n',
      [0xe4, 0xb8],
      lines.slice(9, 20).join('\n'),
      '\n- x',
      [0xff],
      '\n',
      lines.slice(20).join('\n'),
    )
    const decoded = decodeGlossary(broken, 'g.md')
    expect(decoded.text).toBeUndefined()
    expect(decoded.diagnostics.map(formatDiagnostic)).toEqual([
      'g.md:10: error: invalid UTF-8 (0xE4 0xB8) in a UTF-8 file; retype the characters on this line',
      'g.md:21: error: invalid UTF-8 (0xFF) in a UTF-8 file; retype the characters on this line',
    ])
  })

  it('names the first lines with bad bytes and counts the rest', () => {
    const broken = bytes(...Array.from({ length: 30 }, () => bytes('- 术语，定义', [0xff], '\n')))
    const messages = decodeGlossary(broken, 'g.md').diagnostics.map(formatDiagnostic)
    expect(messages).toHaveLength(21)
    expect(messages[20]).toBe(
      'g.md:21: error: invalid UTF-8 (0xFF) in a UTF-8 file; retype the characters on this line; and so on, on 10 lines from here',
    )
  })
})
