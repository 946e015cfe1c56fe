/**
 * The UI languages and their message catalogues. zh.ts is the source of keys; `Messages` is its
 * shape with literal strings widened, so en.ts must have every key and no other.
 */
import { zh } from './zh'
import { en } from './en'

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : { readonly [K in keyof T]: Widen<T[K]> }

/** Every UI message, as zh.ts lists them. */
export type Messages = Widen<typeof zh>

/** A UI language (`?lang=` value). */
export type Lang = 'zh' | 'en'

/** True for a supported UI language code. */
export const isLang = (s: string): s is Lang => s === 'zh' || s === 'en'

const CATALOGUES: Record<Lang, Messages> = { zh, en }

/** The messages of one UI language (server components call this; client ones use `useMessages`). */
export function messagesFor(lang: Lang): Messages {
  return CATALOGUES[lang]
}

/** The other language, for the switch. */
export const otherLang = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh')
