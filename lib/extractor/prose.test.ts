import { describe, expect, it } from 'vitest'
import { clauseAround } from './prose'

const long = (n: number) => 'abcdefghij '.repeat(n)

describe('clauseAround', () => {
  // [case, text, start, end, maxLength, evidence]
  it.each<[string, string, number, number, number, string]>([
    ['the clause between breaks', '前文，基于MQA改进的注意力。后文', 5, 8, 80, '基于MQA改进的注意力'],
    ['a clause at the ends of the text', 'MQA的改进', 0, 3, 80, 'MQA的改进'],
    [
      'a long clause, cut around the match',
      `${long(20)}MQA${long(20)}`,
      220,
      223,
      20,
      '…defghij MQAabcdefgh…',
    ],
    [
      'a long clause that starts near the match',
      `前文，${'x'.repeat(10)}MQA${'y'.repeat(200)}`,
      13,
      16,
      20,
      '…xxxxxxxxMQAyyyyyyyy…',
    ],
    // The near part is white space that trim removes: the clause's real ends decide.
    [
      'white space around the match',
      `前文，${' '.repeat(100)}MQA${' '.repeat(100)}，后文`,
      103,
      106,
      20,
      'MQA',
    ],
  ])('%s', (_case, text, start, end, maxLength, evidence) => {
    expect(text.slice(start, end)).toBe('MQA')
    expect(clauseAround(text, start, end, maxLength)).toBe(evidence)
  })
})
