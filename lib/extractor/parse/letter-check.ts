/**
 * Alphabetical-section check: a term under the wrong letter heading is probably misfiled.
 */
import { pinyin } from 'pinyin-pro'
import { hasHan } from '../../format/text'

/** A warning message when `label` does not belong under `section`, else undefined. */
export function sectionCheck(label: string, section: string | undefined): string | undefined {
  // Only letter sections say where a term is filed; group headings ("基础概念") do not.
  if (!section || !/^[A-Z]$/.test(section)) return undefined
  const initial = initialLetter(label)
  if (!initial || initial === section) return undefined
  return `"${label}" is filed under ${section} but starts with ${initial}`
}

/** First Latin letter of the name, or of its pinyin when it starts with a Chinese character. */
function initialLetter(label: string): string | undefined {
  const first = label.charAt(0)
  const latin = hasHan(first) ? pinyin(first, { toneType: 'none' }).charAt(0) : first
  return /[a-z]/i.test(latin) ? latin.toUpperCase() : undefined
}
