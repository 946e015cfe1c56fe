/**
 * Times the extraction of scaling cases (scaling-cases.ts) at two sizes, in a process of its own:
 * lib/extractor/scaling.test.ts runs it so that minutes of computing on a loaded machine never
 * block the test worker (vitest gives up on a worker it cannot reach for 60 s).
 *
 *   node --import tsx lib/extractor/testing/extraction-times.ts <ratio> <case name>…
 *
 * Prints one JSON line: `{"<case>": {"small": ms, "large": ms}, …}`, CPU milliseconds of one
 * extraction at n and at 8n (on a machine shared with other work the clock also counts the wait
 * for a core). A case whose ratio is not under `ratio` is measured up to twice more, keeping the
 * fastest of each size: the minimum is what the code costs, the rest is a busy machine.
 */
import { extract } from '../extract'
import { SCALING_CASES, type ScalingCase } from './scaling-cases'

function cpuTimeOf(scalingCase: ScalingCase, size: number): number {
  const input = scalingCase.make(size)
  const start = process.cpuUsage()
  const { graph } = extract(input)
  const { user, system } = process.cpuUsage(start)
  if (scalingCase.expectNode && !graph?.hasNode(scalingCase.expectNode))
    throw new Error(`extraction-times: the case's ${scalingCase.expectNode} entry was not read`)
  return (user + system) / 1000
}

const [ratio = '20', ...names] = process.argv.slice(2)
// Warm-up: the first extractions pay for JIT compilation and jieba's dictionary.
extract({
  files: [{ path: 'warm-up.md', content: '# T\n\n- Alpha，阿尔法，一种注意力机制 for attention\n' }],
})
const times: Record<string, { small: number; large: number }> = {}
for (const name of names) {
  const scalingCase = SCALING_CASES[name]
  if (!scalingCase) throw new Error(`extraction-times: no scaling case named "${name}"`)
  let [small, large] = [Infinity, Infinity]
  for (let run = 0; run < 3 && !(large / small < Number(ratio)); run++) {
    small = Math.min(small, cpuTimeOf(scalingCase, scalingCase.n))
    large = Math.min(large, cpuTimeOf(scalingCase, 8 * scalingCase.n))
  }
  times[name] = { small, large }
}
console.log(JSON.stringify(times))
