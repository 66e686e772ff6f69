import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

/**
 * Mini-program checks against the production builds in dist/weapp and dist/alipay: bundle structure
 * (bundle.test.ts) and runtime smokes that run the compiled app in Node with fake `wx`/`my` globals
 * (harness.ts). Each file runs in its own process (pool forks, no isolation shortcuts) because the
 * harness replaces globals (`wx`, `my`, `App`, `Page`, `fetch`…).
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  define: {
    // Only for tests that import src/ modules directly; the bundles have the origin compiled in.
    API_BASE: JSON.stringify('http://127.0.0.1:3000'),
  },
  test: {
    include: ['tests/mini/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    isolate: true,
    testTimeout: 30000,
    hookTimeout: 30000,
    // No filter for unhandled errors: the app handles every request it makes (src/api/client.ts), so a
    // refused or failed request must leave no unhandled rejection behind, on either platform.
  },
})
