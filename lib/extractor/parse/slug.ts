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

/** Hands out unique slugs: the second "c" becomes "c-2". */
export function createSlugAllocator(): (name: string) => string {
  const taken = new Set<string>()
  return (name) => {
    const base = slugify(name)
    let slug = base
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`
    taken.add(slug)
    return slug
  }
}
