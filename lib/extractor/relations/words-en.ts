/**
 * English words the relation readers share: how English says "a kind of", "part of", "a version
 * of". General words of the language, never words of one glossary's subject.
 */

/** `a type of X`: the genus is X. */
export const KIND_NOUNS = new Set([
  'type',
  'kind',
  'form',
  'class',
  'sort',
  'category',
  'subclass',
  'subtype',
  'family',
  'flavor',
  'flavour',
  'species',
  'variety',
  'style',
])

/** `a component of X`: part of X, and no genus. */
export const PART_NOUNS = new Set([
  'part',
  'component',
  'stage',
  'step',
  'phase',
  'core',
  'backbone',
  'branch',
  'subset',
  'subfield',
  'piece',
  'module',
])

/** `a variant of X`: builds on X, and no genus. */
export const VARIANT_NOUNS = new Set([
  'variant',
  'version',
  'extension',
  'modification',
  'improvement',
  'generalization',
  'generalisation',
  'simplification',
  'refinement',
  'adaptation',
  'derivative',
  'successor',
])

/** Words that open a comparison, not a definition: `Same range as FP32`. */
export const COMPARISON_OPENERS = new Set(['same', 'similar', 'like', 'unlike', 'more', 'less'])

/** Determiners that may open a defining phrase. */
export const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'any', 'each', 'some'])

/** Past participles that do not end in -ed/-en: `Architecture built from …`. */
export const IRREGULAR_PARTICIPLES = new Set([
  'built',
  'made',
  'held',
  'kept',
  'found',
  'learnt',
  'put',
  'set',
  'run',
  'read',
  'sent',
  'spent',
  'split',
  'cut',
  'left',
  'meant',
  'brought',
  'bought',
  'caught',
  'taught',
  'thought',
  'led',
  'fed',
  'met',
  'paid',
  'laid',
  'said',
  'sold',
  'told',
  'won',
])

/** Words that join a noun phrase to what describes it: `a method that …`, `a model for …`. */
export const PHRASE_LINKS = new Set(['that', 'which', 'who', 'whose', 'where', 'whereby', 'when'])

/** Verbs whose -ing form takes an object and never qualifies a noun: `a model using attention`. */
export const PARTICIPLE_VERBS = new Set([
  'using',
  'including',
  'underlying',
  'containing',
  'having',
  'making',
  'allowing',
  'enabling',
  'combining',
  'providing',
  'requiring',
  'representing',
  'involving',
  'applying',
  'following',
  'according',
])
