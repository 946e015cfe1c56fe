/**
 * Alphabetical-section check: a term under the wrong letter heading is probably misfiled.
 */
import { pinyin } from 'pinyin-pro'
import { hasHan } from '../../format/text'

/**
 * A warning message when none of the term's names (label first) belongs under `section`, else
 * undefined. Glossaries file a term by any of its names: `智能体（Agent）` under A.
 */
export function sectionCheck(
  names: ReadonlyArray<string | undefined>,
  section: string | undefined,
): string | undefined {
  // Only letter sections say where a term is filed; group headings ("基础概念") do not.
  if (!section || !/^[A-Z]$/.test(section)) return undefined
  const initials = names.filter((name) => name !== undefined).map(initialLetter)
  const initial = initials[0]
  if (!initial || initials.includes(section)) return undefined
  return `"${names[0]}" is filed under ${section} but starts with ${initial}`
}

/** First Latin letter of the name, or of its pinyin when it starts with a Chinese character. */
function initialLetter(label: string): string | undefined {
  const first = label.charAt(0)
  const latin = hasHan(first) ? pinyin(first, { toneType: 'none' }).charAt(0) : first
  return /[a-z]/i.test(latin) ? latin.toUpperCase() : undefined
}
