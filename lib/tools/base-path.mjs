/**
 * BASE_PATH as Next.js and the static server need it: "/sub" for `sub`, `/sub` or `/sub/`, ""
 * for none. Plain JavaScript, because next.config.mjs imports it.
 */
export function normalizeBase(value) {
  const trimmed = String(value ?? '')
    .trim()
    .replace(/\/+$/, '')
  return trimmed && !trimmed.startsWith('/') ? `/${trimmed}` : trimmed
}
