/**
 * Runs in every test file: after each test the worker lets its event loop turn once. Vitest runs
 * a file's synchronous tests back to back without one, so a worker can spend minutes of a loaded
 * machine's time without reading vitest's answers to its messages, and a message unanswered for
 * 60 s fails the whole run (`[vitest-worker]: Timeout calling "onTaskUpdate"`). With the turn,
 * the longest time a worker is deaf is the longest single test.
 */
import { afterEach } from 'vitest'

afterEach(() => new Promise<void>((resolve) => setImmediate(resolve)))
