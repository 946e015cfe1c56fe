/**
 * `Accept-Encoding` with its q-values (RFC 9110 §12.5.3): which of the precompressed siblings
 * (`.br`, `.gz`) a client takes, best first. `q=0` means "never", `*` stands for every coding the
 * header does not name, and a tie prefers brotli (smaller). Plain JavaScript for lib/tools/serve.mjs.
 */

/** The codings the build writes, with the suffix of their sibling file. */
const CODINGS = /** @type {const} */ ([
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
])

/** `q=0.5` → 0.5; a missing, malformed or out-of-range weight counts as 1 (the default weight). */
function weight(params) {
  for (const param of params) {
    const [key = '', value = ''] = param.split('=').map((s) => s.trim())
    if (key.toLowerCase() !== 'q') continue
    const q = value ? Number(value) : NaN
    return q >= 0 && q <= 1 ? q : 1
  }
  return 1
}

/**
 * The codings of CODINGS the header accepts, best first.
 * @param {string | undefined} header
 * @returns {Array<(typeof CODINGS)[number]>}
 */
export function acceptedCodings(header) {
  if (!header) return []
  /** @type {Map<string, number>} */
  const weights = new Map()
  for (const item of header.split(',')) {
    const [name = '', ...params] = item.split(';')
    const coding = name.trim().toLowerCase()
    // x-gzip is gzip's old name (RFC 9110 §8.4.1.3).
    if (coding) weights.set(coding === 'x-gzip' ? 'gzip' : coding, weight(params))
  }
  const star = weights.get('*') ?? 0
  return CODINGS.map((coding, order) => ({ coding, order, q: weights.get(coding.name) ?? star }))
    .filter(({ q }) => q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order)
    .map(({ coding }) => coding)
}
