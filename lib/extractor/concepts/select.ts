/**
 * Which candidate phrases become concepts. A concept is shared (two or more members),
 * not a hub (at most `maxMembers`), and not a near-copy of another concept:
 * - "位置" and "编码" always occur inside "位置编码" with the same terms: keep the phrase;
 * - "注意力机制" is "注意力" plus a generic head, and 注意力 has more members: keep "注意力"
 *   (but "激活函数" over "激活", which has the same members);
 * - "层归一化" is a narrower group inside "归一化", which already gathers its members: keep "归一化";
 * - two concepts with nearly the same members ("参数", "微调"): keep the larger.
 */

export interface Candidate {
  key: string
  label: string
  words: string[]
  headEnded: boolean
  idf: number
  /** Member term index → evidence. */
  members: Map<number, string>
  /** Named in the curated file: kept whenever it is shared. */
  curated: boolean
}

export interface SelectOptions {
  /** Fewest members a concept needs. Default 2. */
  minMembers: number
  /** Most members, as a share of all terms, before a word is too common to mean anything. */
  maxShare: number
  /** …but never fewer than this many members allowed. */
  maxMembersFloor: number
  /** Member overlap (Jaccard) at which two concepts count as the same group. */
  sameGroupJaccard: number
}

const defaultSelectOptions: SelectOptions = {
  minMembers: 2,
  maxShare: 0.05,
  maxMembersFloor: 12,
  sameGroupJaccard: 0.75,
}

export function selectConcepts(
  candidates: readonly Candidate[],
  termCount: number,
  options: Partial<SelectOptions> = {},
): Candidate[] {
  const o = { ...defaultSelectOptions, ...options }
  const maxMembers = Math.max(o.maxMembersFloor, Math.ceil(termCount * o.maxShare))
  const shared = candidates.filter(
    (c) => c.members.size >= o.minMembers && (c.curated || c.members.size <= maxMembers),
  )
  const byKey = new Map(shared.map((c) => [c.key, c]))
  const dropped = new Set<string>()
  const drop = (c: Candidate): void => {
    if (!c.curated) dropped.add(c.key)
  }

  for (const longer of shared) {
    for (const key of subPhraseKeys(longer)) {
      const shorter = byKey.get(key)
      if (!shorter) continue
      const extra = shorter.members.size - longer.members.size
      if (longer.headEnded && extra > 0) drop(longer)
      else if (extra <= 1) drop(shorter)
      else drop(longer)
    }
  }
  const nested = shared.filter((c) => !dropped.has(c.key)).sort(byStrength)
  return removeSameGroups(nested, o.sameGroupJaccard).sort(
    (a, b) => b.members.size - a.members.size || a.label.localeCompare(b.label),
  )
}

/** Stronger first: curated, more members, longer phrase, rarer words, then alphabetical for stability. */
function byStrength(a: Candidate, b: Candidate): number {
  return (
    Number(b.curated) - Number(a.curated) ||
    b.members.size - a.members.size ||
    b.label.length - a.label.length ||
    b.idf - a.idf ||
    a.key.localeCompare(b.key)
  )
}

/** Keys of the shorter phrases made of consecutive words of `c`. */
function subPhraseKeys(c: Candidate): string[] {
  const keys: string[] = []
  const join = (words: string[]): string => (/[a-z]/.test(words[0] ?? '') ? words.join(' ') : words.join(''))
  for (let n = 1; n < c.words.length; n++) {
    for (let i = 0; i + n <= c.words.length; i++) keys.push(join(c.words.slice(i, i + n)))
  }
  return keys
}

/** Greedy: walk concepts strongest first and skip one whose members a kept concept already has. */
function removeSameGroups(sorted: readonly Candidate[], threshold: number): Candidate[] {
  const kept: Candidate[] = []
  const conceptsOfTerm = new Map<number, Candidate[]>()
  for (const candidate of sorted) {
    const rivals = new Set<Candidate>()
    for (const term of candidate.members.keys()) for (const c of conceptsOfTerm.get(term) ?? []) rivals.add(c)
    const same = [...rivals].some((rival) => jaccard(rival.members, candidate.members) >= threshold)
    if (same && !candidate.curated) continue
    kept.push(candidate)
    for (const term of candidate.members.keys()) {
      const list = conceptsOfTerm.get(term)
      if (list) list.push(candidate)
      else conceptsOfTerm.set(term, [candidate])
    }
  }
  return kept
}

function jaccard(a: ReadonlyMap<number, string>, b: ReadonlyMap<number, string>): number {
  let both = 0
  for (const key of a.keys()) if (b.has(key)) both++
  return both / (a.size + b.size - both)
}
