/**
 * Long tasks after the page is up, measured so that other work on the machine does not count: a
 * Chrome trace of a cold load of `/` by a reader who only looks (no gesture), and for every task on
 * the page's main thread after the first contentful paint its thread CPU time (not its wall time,
 * which a busy machine stretches), times Lighthouse's mobile CPU slowdown (4). The sum of what each
 * such task spends beyond 50 ms is the Total Blocking Time a quiet machine's Lighthouse would
 * report for these tasks (Lighthouse's simulation also multiplies observed task times by 4).
 */
import type { Browser } from 'playwright-core'

/** Lighthouse's mobile CPU slowdown. */
const SLOWDOWN = 4
/** Lighthouse's long-task threshold. */
const LONG_MS = 50

export interface Blocking {
  /** Estimated Total Blocking Time, ms. */
  tbtMs: number
  /** The estimated length of each long task after the first contentful paint, ms. */
  longTasks: number[]
}

interface TraceEvent {
  name?: unknown
  ph?: unknown
  pid?: unknown
  tid?: unknown
  ts?: unknown
  dur?: unknown
  tdur?: unknown
  args?: unknown
}

const num = (v: unknown): number => (typeof v === 'number' ? v : NaN)

/** Blocking time of one cold load of `url`, watched for `watchMs` after the load event. */
export async function blockingTime(browser: Browser, url: string, watchMs = 5000): Promise<Blocking> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true })
  const page = await context.newPage()
  try {
    await browser.startTracing(page, {
      // RunTask, the task events, are in the disabled-by-default category.
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading'],
    })
    await page.goto(url, { waitUntil: 'load' })
    await page.waitForTimeout(watchMs)
    const trace: unknown = JSON.parse((await browser.stopTracing()).toString())
    const raw: unknown = typeof trace === 'object' && trace !== null ? Reflect.get(trace, 'traceEvents') : []
    const events: TraceEvent[] = Array.isArray(raw)
      ? raw.filter((e) => typeof e === 'object' && e !== null)
      : []
    const fcp = events.find((e) => e.name === 'firstContentfulPaint')
    const main = events.find(
      (e) =>
        e.name === 'thread_name' &&
        e.pid === fcp?.pid &&
        typeof e.args === 'object' &&
        e.args !== null &&
        Reflect.get(e.args, 'name') === 'CrRendererMain',
    )
    if (!fcp || !main) return { tbtMs: NaN, longTasks: [] }
    const longTasks = events
      .filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === main.pid && e.tid === main.tid)
      .filter((e) => num(e.ts) > num(fcp.ts))
      .map((e) => ((Number.isNaN(num(e.tdur)) ? num(e.dur) : num(e.tdur)) / 1000) * SLOWDOWN)
      .filter((ms) => ms > LONG_MS)
    return {
      tbtMs: longTasks.reduce((sum, ms) => sum + ms - LONG_MS, 0),
      longTasks: longTasks.map(Math.round),
    }
  } finally {
    await context.close()
  }
}
