import { describe, expect, it } from 'vitest'
import { extract } from '../extract'

const glossary = [
  '# T',
  '',
  '**RAG**',
  '先查资料再回答。',
  '',
  '**检索增强生成（Retrieval-Augmented Generation/RAG）**',
  '先检索相关段落，再交给模型生成回答。',
  '',
  '**Function Calling**',
  'See Tool Calling.',
  '',
  '**Tool Calling (Function Calling)**',
  'The model asks the calling code to run a tool and hands back the result.',
  '',
  '**幻觉**',
  '模型说出不存在的事；RAG 可以缓解。',
  '',
].join('\n')

describe('two entries for one thing', () => {
  const { graph } = extract({ files: [{ path: 'g.md', content: glossary }] })
  if (!graph) throw new Error('no graph')
  const keyOf = (label: string) => graph.findNode((_k, a) => a.label === label)

  it.each([
    ['检索增强生成', 'RAG'],
    ['Tool Calling', 'Function Calling'],
  ])('links %s and %s as the same thing, both texts kept', (a, b) => {
    const [ka, kb] = [keyOf(a), keyOf(b)]
    expect(ka && kb).toBeTruthy()
    const edges = [...graph.edges(ka, kb), ...graph.edges(kb, ka)]
    expect(edges.map((e) => graph.getEdgeAttribute(e, 'relation'))).toContain('same-as')
    const definition = (key: string | undefined) => {
      if (!key) return undefined
      const node = graph.getNodeAttributes(key)
      return node.kind === 'term' ? node.definition : undefined
    }
    expect(definition(ka)).toBeTruthy()
    expect(definition(ka)).not.toBe(definition(kb))
  })

  it('gives the shared name to the entry whose label it is', () => {
    const mentioned = graph.outNeighbors(keyOf('幻觉'))
    expect(mentioned).toEqual([keyOf('RAG')])
  })
})
