import { describe, expect, it } from 'vitest'
import { inflectionsOf } from './inflect'

describe('inflectionsOf', () => {
  it.each<[string, string[]]>([
    ['plan', ['plans', 'planned', 'planning']],
    ['retry', ['retries', 'retried', 'retrying']],
    ['cards', ['card']],
    ['chunking', ['chunk', 'chunks', 'chunked']],
    ['metric', ['metrics']],
    ['bias', ['biases', 'biased']],
    ['encode', ['encodes', 'encoded', 'encoding']],
  ])('%s has the forms %j', (word, forms) => {
    expect(inflectionsOf(word)).toEqual(expect.arrayContaining(forms))
  })

  it.each<[string, string]>([
    ['provider', 'provides'], // derivation, not inflection
    ['optimizer', 'optimization'],
    ['bias', 'bia'], // a stripped "s" that is no plural
    ['news', 'new'],
    ['layer', 'layerred'], // only one-syllable words double their last consonant
  ])('%s does not reach %s', (word, other) => {
    expect(inflectionsOf(word)).not.toContain(other)
  })

  it.each(['rl', 'a', 'MQA', 'gpt4'])('leaves %s alone', (word) => expect(inflectionsOf(word)).toEqual([]))
})
