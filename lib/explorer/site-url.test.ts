import { describe, expect, it } from 'vitest'
import { absoluteUrl, normalizeBasePath } from './site-url'

describe('normalizeBasePath', () => {
  it.each([
    [undefined, ''],
    ['', ''],
    ['/', ''],
    ['my-glossary', '/my-glossary'],
    ['/my-glossary/', '/my-glossary'],
    ['/a/b', '/a/b'],
  ])('%s → "%s"', (value, path) => expect(normalizeBasePath(value)).toBe(path))
})

describe('absoluteUrl', () => {
  it.each([
    ['/term/rl/', undefined, undefined],
    ['/term/rl/', 'not a url', undefined],
    ['/term/rl/', 'https://example.org/', 'https://example.org/term/rl/'],
    ['/', 'http://localhost:3000', 'http://localhost:3000/'],
  ])('%s on %s', (path, site, url) => expect(absoluteUrl(path, site)).toBe(url))
})
