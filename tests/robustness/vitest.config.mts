import { defineConfig } from 'vitest/config'

/**
 * Robustness tests of the backend (issue #7): fuzzing every endpoint (fuzz.test.ts), kill -9 under write load
 * (crash.test.ts), and racing writes (concurrency.test.ts). Real servers on loopback or app.inject; no builds.
 *   npx vitest run --config tests/robustness/vitest.config.mts
 */
export default defineConfig({
  logLevel: 'error',
  test: {
    include: ['tests/robustness/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 90000,
    hookTimeout: 60000,
  },
})
