import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  // The `@/` imports of app/ (tsconfig.json `paths`).
  resolve: { alias: [{ find: /^@\//, replacement: fileURLToPath(new URL('./', import.meta.url)) }] },
  test: {
    // e2e/*.spec.ts belong to Playwright; vitest only runs unit tests.
    include: ['lib/**/*.test.ts', 'app/**/*.test.ts'],
    // Set for a loaded two-core machine (a CI runner, a shared box), where a test that computes for
    // a second on a quiet machine takes ten. Test files run in child processes (native modules such
    // as jieba and resvg stay apart), as many as cores less one: one on two cores, beside vitest's
    // own process, which must stay free to answer them.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    // A worker's messages to vitest time out after 60 s without an answer (fixed in vitest 3), and
    // a worker reads the answer only when its event loop turns: it turns after every test
    // (vitest.setup.ts), and no single test computes for long (lib/extractor/scaling.test.ts).
    setupFiles: ['vitest.setup.ts'],
  },
})
