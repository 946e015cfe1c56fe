/**
 * ASCII slugs for URLs: Next's static export breaks on non-ASCII paths, so Chinese names
 * become pinyin ("强化学习" → "qiang-hua-xue-xi"). Unique within a glossary and stable:
 * they depend only on the name and, for a collision, on source order.
 */
import { pinyin } from 'pinyin-pro'
import { hasHan } from '../../format/text'

/** The slug of one name, before uniqueness is enforced. */
export function slugify(name: string): string {
  const ascii = hasHan(name)
    ? pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join(' ')
    : name
  const slug = ascii
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents: "ü" → "u"
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/#/g, ' sharp ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug || 'term'
}

/**
 * Names every JavaScript object answers to ("constructor", "__proto__", "toString"…). A slug is
 * a node key, and libraries keep node keys in plain objects (graphology's adjacency,
 * react-cytoscapejs's element diff, Cytoscape's preset positions), where such a key finds the
 * prototype's property instead of nothing. So a slug is never one of them.
 */
const OBJECT_PROPERTIES: readonly string[] = Object.getOwnPropertyNames(Object.prototype)

/** Hands out unique slugs: the second "c" becomes "c-2", and so does a "constructor" (see above). */
export function createSlugAllocator(): (name: string) => string {
  const taken = new Set<string>(OBJECT_PROPERTIES)
  return (name) => {
    const base = slugify(name)
    let slug = base
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`
    taken.add(slug)
    return slug
  }
}
