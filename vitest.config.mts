import { defineConfig } from 'vitest/config'
import path from 'node:path'

/**
 * Unit tests: the rules engine (tests/domain), the backend (tests/server), the attacks it defeats
 * (tests/security, issue 11) and React components on
 * Taro (tests/components, jsdom). Browser tests and mini-program runtime smokes have their own configs
 * because they need the production builds.
 */
export default defineConfig({
  // Taro's published packages ship source maps pointing at missing files and vite warns once per file.
  logLevel: 'error',
  resolve: {
    alias: [
      { find: /^@tarojs\/components$/, replacement: '@tarojs/components/lib/react' },
      { find: /^@tarojs\/taro$/, replacement: path.resolve(__dirname, 'tests/components/taro-shim.ts') },
      { find: /^@\//, replacement: path.resolve(__dirname, 'src') + '/' },
    ],
  },
  define: {
    API_BASE: JSON.stringify(''),
  },
  test: {
    include: [
      'tests/domain/**/*.test.ts',
      'tests/server/**/*.test.ts',
      'tests/security/**/*.test.ts',
      'tests/components/**/*.test.tsx',
      'tests/tools/**/*.test.ts',
      'tests/features/**/*.test.ts',
      'tests/features/**/*.test.tsx',
      'tests/lint/**/*.test.ts',
    ],
    environment: 'node',
    setupFiles: ['tests/components/setup.ts'],
    testTimeout: 20000,
    pool: 'forks',
  },
})
