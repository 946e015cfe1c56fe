/**
 * Blocks and sections that are not glossary entries: tables of contents, lists of links,
 * navigation lines and badges, and sections such as References or License.
 */
import type { List, Paragraph } from 'mdast'

/** Emoji and numbering in front of a heading: "📚 References", "3. 参考资料", "一、概述". */
const HEADING_DECORATION =
  /^(?:[\p{Extended_Pictographic}\uFE0F\u200D]+\s*|\d+(?:\.\d+)*[.、)]?\s+|[一二三四五六七八九十]+[、.．]\s*)+/u

/** A heading without its decoration, for matching section names. */
export const headingName = (text: string): string => text.replace(HEADING_DECORATION, '').trim()

/** A letter heading of an alphabetical glossary: "A", "b". */
export const isLetterHeading = (text: string): boolean => /^[A-Za-z]$/.test(headingName(text))

// Sections whose whole subtree is about something else than terms: by their first words…
const OTHER_PREFIX =
  /^(?:references|resources|further reading|see also|external links|useful links|bibliography)\b/iu
const OTHER_PREFIX_ZH =
  /^(?:参考资料|参考文献|参考链接|相关链接|相关资源|延伸阅读|扩展阅读|推荐阅读|学习资源|致谢|贡献指南|如何贡献|许可证|开源协议|版权声明|更新日志|联系方式)(?!\p{Script=Han})/u
// …or by their whole name (a bracket may follow: "License (MIT)"), where the first word alone could
// start a term ("Reference Model", "License Plate Recognition", "Contact Center").
const OTHER_EXACT =
  /^(?:reference|links|sources|citations?|credits|contributors|contributing|how to contribute|contact|sponsors?|authors?|notes?|appendix|faq|acknowledge?ments|license|licence|star history|changelog|注|注释|参考|资源|贡献|许可|版权|联系|附录)(?:\s*[(（][^)）]*[)）])?$/iu
// Sections whose own text is not terms, though headings under them may hold terms.
const OTHER_OWN =
  /^(?:table of contents|contents|toc|overview|introduction|intro|about|preface|how to use|usage|目录|索引|概述|简介|介绍|前言|引言|说明|使用说明)$/iu

// …or by being made only of such words: "Other resources & references", "Papers and links".
const RESOURCE_WORD =
  /^(?:references?|resources?|reading|links?|bibliography|papers|courses|tutorials|books)$/i
const QUALIFIER_WORD =
  /^(?:other|more|learning|additional|further|useful|external|recommended|related|and|&|\+|\/|,)$/i

function onlyResourceWords(name: string): boolean {
  const words = name
    .toLowerCase()
    .split(/\s+|(?=[&,/+])|(?<=[&,/+])/)
    .filter(Boolean)
  return (
    words.some((w) => RESOURCE_WORD.test(w)) &&
    words.every((w) => RESOURCE_WORD.test(w) || QUALIFIER_WORD.test(w))
  )
}

/**
 * Whether a heading opens a part without terms: `subtree` skips it with every heading under
 * it (References), `own` skips only its own text (a table of contents above the term groups).
 */
export function otherSection(text: string): 'subtree' | 'own' | undefined {
  const name = headingName(text).replace(/[:：]$/, '')
  if (OTHER_OWN.test(name)) return 'own'
  if (
    OTHER_EXACT.test(name) ||
    OTHER_PREFIX.test(name) ||
    OTHER_PREFIX_ZH.test(name) ||
    onlyResourceWords(name)
  ) {
    return 'subtree'
  }
  return undefined
}

/** A list made only of links: `toc` when they point into the page (`#anchor`), else `links`. */
export function linkList(list: List): { kind: 'toc' | 'links'; count: number } | undefined {
  const urls = linkOnlyUrls(list)
  if (!urls || urls.length === 0) return undefined
  return { kind: urls.every((url) => url.startsWith('#')) ? 'toc' : 'links', count: urls.length }
}

function linkOnlyUrls(list: List): string[] | undefined {
  const urls: string[] = []
  for (const item of list.children) {
    for (const child of item.children) {
      if (child.type === 'list') {
        const nested = linkOnlyUrls(child)
        if (!nested) return undefined
        urls.push(...nested)
      } else if (child.type === 'paragraph') {
        const links = child.children.filter((n) => n.type !== 'text' || n.value.trim() !== '')
        const [only] = links
        if (links.length !== 1 || only?.type !== 'link') return undefined
        urls.push(only.url)
      } else return undefined
    }
  }
  return urls
}

/** `[← Back](…) | [Home](…)` or a row of badges: links and images with only separators between. */
export function isNavigation(paragraph: Paragraph): boolean {
  let links = 0
  for (const node of paragraph.children) {
    if (
      node.type === 'link' ||
      node.type === 'image' ||
      node.type === 'linkReference' ||
      node.type === 'imageReference'
    ) {
      links++
    } else if (node.type === 'text') {
      if (!/^[\s|·•/\\,，、>»→←-]*$/u.test(node.value)) return false
    } else if (node.type !== 'break' && node.type !== 'html') return false
  }
  return (
    links > 1 ||
    (links === 1 && paragraph.children.some((n) => n.type === 'image' || n.type === 'imageReference'))
  )
}
