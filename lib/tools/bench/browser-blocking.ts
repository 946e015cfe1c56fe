/**
 * Long tasks after the page is up, measured so that other work on the machine does not count: a
 * Chrome trace of a cold load of `/` by a reader who only looks (no gesture), and for every task on
 * the page's main thread after the first contentful paint its thread CPU time (not its wall time,
 * which a busy machine stretches), times Lighthouse's mobile CPU slowdown (4). The sum of what each
 * such task spends beyond 50 ms is the Total Blocking Time a quiet machine's Lighthouse would
 * report for these tasks (Lighthouse's simulation also multiplies observed task times by 4).
 */
import type { Browser, Page } from 'playwright-core'

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

// RunTask (the tasks) is in the disabled-by-default category, navigationStart in blink.user_timing.
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'loading',
  'blink.user_timing',
]

/** The events of a trace Playwright recorded (`browser.stopTracing()`). */
function traceEvents(buffer: Buffer): TraceEvent[] {
  const trace: unknown = JSON.parse(buffer.toString())
  const raw: unknown = typeof trace === 'object' && trace !== null ? Reflect.get(trace, 'traceEvents') : []
  return Array.isArray(raw) ? raw.filter((e) => typeof e === 'object' && e !== null) : []
}

const argsName = (e: TraceEvent): unknown =>
  typeof e.args === 'object' && e.args !== null ? Reflect.get(e.args, 'name') : undefined

/**
 * Starts a trace of `page` for `cpuUntil`: the page's main-thread tasks, with their CPU time.
 * Resolve the returned function once the page has done what is timed.
 */
export async function traceCpu(
  browser: Browser,
  page: Page,
): Promise<(untilMs: readonly number[]) => Promise<number[]>> {
  await browser.startTracing(page, { categories: TRACE_CATEGORIES })
  return async (untilMs) => cpuUntil(traceEvents(await browser.stopTracing()), untilMs)
}

/**
 * Main-thread CPU time of the page from its navigation to each of `untilMs` (ms since navigation
 * start, as `performance.now()` counts in the page): a load-independent estimate of how long the
 * same work takes on a quiet machine (a lower bound: time spent waiting on the network is left out).
 */
function cpuUntil(events: TraceEvent[], untilMs: readonly number[]): number[] {
  const fcp = events.find((e) => e.name === 'firstContentfulPaint')
  const starts = events.filter((e) => e.name === 'navigationStart' && e.pid === fcp?.pid)
  const start = starts[starts.length - 1]
  const main = events.find(
    (e) => e.name === 'thread_name' && e.pid === fcp?.pid && argsName(e) === 'CrRendererMain',
  )
  if (!start || !main) return untilMs.map(() => NaN)
  const tasks = events.filter(
    (e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === main.pid && e.tid === main.tid,
  )
  return untilMs.map((until) => {
    const end = num(start.ts) + until * 1000
    let cpu = 0
    for (const t of tasks) {
      const from = num(t.ts)
      const wall = num(t.dur)
      if (from >= end || from + wall <= num(start.ts)) continue
      const own = Number.isNaN(num(t.tdur)) ? wall : num(t.tdur)
      // A task cut by the end counts by the share of it before the end.
      cpu += own * Math.min(1, (end - from) / Math.max(wall, 1))
    }
    return Number.isNaN(until) ? NaN : cpu / 1000
  })
}

/** Blocking time of one cold load of `url`, watched for `watchMs` after the load event. */
export async function blockingTime(browser: Browser, url: string, watchMs = 5000): Promise<Blocking> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true })
  const page = await context.newPage()
  try {
    await browser.startTracing(page, { categories: TRACE_CATEGORIES })
    await page.goto(url, { waitUntil: 'load' })
    await page.waitForTimeout(watchMs)
    const events = traceEvents(await browser.stopTracing())
    const fcp = events.find((e) => e.name === 'firstContentfulPaint')
    const main = events.find(
      (e) => e.name === 'thread_name' && e.pid === fcp?.pid && argsName(e) === 'CrRendererMain',
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
