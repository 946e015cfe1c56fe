import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  // The `@/` imports of app/ (tsconfig.json `paths`).
  resolve: { alias: [{ find: /^@\//, replacement: fileURLToPath(new URL('./', import.meta.url)) }] },
  test: {
    // e2e/*.spec.ts belong to Playwright; vitest only runs unit tests.
    include: ['lib/**/*.test.ts', 'app/**/*.test.ts'],
    testTimeout: 30_000,
  },
})
