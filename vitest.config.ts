import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // e2e/*.spec.ts belong to Playwright; vitest only runs unit tests.
    include: ['lib/**/*.test.ts'],
    testTimeout: 30_000,
  },
})
