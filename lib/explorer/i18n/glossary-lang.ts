/**
 * Which UI language suits a glossary, decided from its own text at build time: a glossary written
 * in Chinese gets the Chinese UI, one written in English the English UI.
 */
import { isHan } from '../../format/text'
import type { Lang } from './messages'

/**
 * One Chinese character carries about as much as a short English word (3–4 letters), so a text
 * whose content is half Chinese has roughly one Han character per four letters. Chinese wins
 * from there up; Latin acronyms and English glosses inside Chinese definitions stay below it.
 */
const HAN_SHARE_FOR_ZH = 0.2
const LATIN = /\p{Script=Latin}/u

/** Share of Han characters among the letters (Han + Latin) of `texts`; 0 when there are none. */
export function hanShare(texts: Iterable<string>): number {
  let han = 0
  let latin = 0
  for (const text of texts)
    for (const ch of text) {
      if (isHan(ch)) han++
      else if (LATIN.test(ch)) latin++
    }
  return han + latin === 0 ? 0 : han / (han + latin)
}

/** The UI language for a glossary, from its terms' labels and definitions (English when empty). */
export function glossaryLang(terms: Iterable<{ label: string; definition: string }>): Lang {
  const texts = function* () {
    for (const t of terms) {
      yield t.label
      yield t.definition
    }
  }
  return hanShare(texts()) >= HAN_SHARE_FOR_ZH ? 'zh' : 'en'
}
