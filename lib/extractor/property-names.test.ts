/**
 * Glossary words that are also the names of properties every JavaScript object has
 * ("constructor", "__proto__", "toString"…) are data like any other word: they become terms,
 * slugs, node keys, mentions and concepts, and nothing mistakes them for an existing entry.
 */
import { describe, expect, it } from 'vitest'
import { extract } from './extract'
import { formatDiagnostic } from './diagnostics'
import type { GlossaryGraph } from './graph/build'

/** The property names the tests use, as a reader writes them. */
const NAMES = ['Constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf']
/** Markdown for a name: underscores escaped, or `__proto__` would read as bold "proto". */
const md = (name: string) => name.replace(/_/g, '\\_')
/** Each name's definition names the next one, so every term has an edge in and out. */
const next = (i: number) => NAMES[(i + 1) % NAMES.length] ?? ''

const SHAPES: Array<[string, string]> = [
  [
    'bold bullets',
    [
      '# Objects',
      '',
      '- **Class**: its Constructor builds instances',
      ...NAMES.map((name, i) => `- **${md(name)}**: a method of every object, used with ${md(next(i))}`),
    ].join('\n'),
  ],
  [
    'a table',
    [
      '| Term | Definition |',
      '| --- | --- |',
      '| Class | its Constructor builds instances |',
      ...NAMES.map((name, i) => `| ${md(name)} | a method of every object, used with ${md(next(i))} |`),
    ].join('\n'),
  ],
  [
    'a heading per term',
    [
      '# Objects',
      '',
      '### Class',
      '',
      'Its Constructor builds instances.',
      ...NAMES.flatMap((name, i) => [
        '',
        `### ${md(name)}`,
        '',
        `A method of every object, used with ${md(next(i))}.`,
      ]),
    ].join('\n'),
  ],
]

function build(content: string): GlossaryGraph {
  const { graph, diagnostics } = extract({ files: [{ path: 'objects.md', content }] })
  if (!graph) throw new Error(diagnostics.map(formatDiagnostic).join('\n'))
  return graph
}

const keyOf = (graph: GlossaryGraph, label: string): string | undefined =>
  graph.findNode((_key, a) => a.kind === 'term' && a.label === label)

const OBJECT_PROPERTIES = Object.getOwnPropertyNames(Object.prototype)

describe.each(SHAPES)('property names as terms, in %s', (_shape, content) => {
  const graph = build(content)

  it.each(NAMES)('%s is a term', (name) => {
    expect(keyOf(graph, name), name).toBeDefined()
  })

  it.each(NAMES.map((name, i) => [name, next(i)]))('%s mentions %s', (from, to) => {
    const [source, target] = [keyOf(graph, from), keyOf(graph, to)]
    expect(source && target && graph.hasDirectedEdge(source, target), `${from} → ${to}`).toBe(true)
  })

  it('Class mentions Constructor', () => {
    const [source, target] = [keyOf(graph, 'Class'), keyOf(graph, 'Constructor')]
    expect(source && target && graph.hasDirectedEdge(source, target)).toBe(true)
  })

  it('no node key or slug is the name of an object property', () => {
    const keys = graph.mapNodes((key, a) => [key, a.slug]).flat()
    expect(keys.filter((key) => OBJECT_PROPERTIES.includes(key))).toEqual([])
  })
})

describe('a property name as a shared concept', () => {
  it('is a concept node like any other word', () => {
    const graph = build(
      [
        '# Objects',
        '',
        '- **Factory**: an object that calls a constructor for you',
        '- **Builder**: assembles the arguments, then calls the constructor',
        '- **Singleton**: hides its constructor so that one instance exists',
      ].join('\n'),
    )
    const concept = graph.findNode((_key, a) => a.kind === 'concept' && a.label === 'constructor')
    expect(concept).toBeDefined()
    expect(concept && graph.inDegree(concept)).toBe(3)
  })
})
