import { defineConfig } from 'vitest/config'

/**
 * Browser tests: Playwright (playwright-core) driving Debian's Chromium against the production H5 build
 * served by the real backend on loopback. globalSetup starts one backend per run on a temporary database.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60000,
    hookTimeout: 60000,
    fileParallelism: false,
    pool: 'forks',
  },
})
