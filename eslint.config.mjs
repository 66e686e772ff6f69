// ESLint 9 flat config: TypeScript + React hooks, and the import boundaries between the code's areas.
// Formatting is Prettier's job (npm run lint checks both).
import { builtinModules } from 'node:module'
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

/*
 * Import boundaries, with core no-restricted-imports. It sees the specifier as written, so relative
 * paths are matched per folder depth (a file n folders below src/pages/<page>/ reaches another page
 * with exactly n + 1 '../'). Flat config replaces a rule's options in each later matching block
 * instead of merging them, so each block repeats the restrictions of the areas it lies in.
 *  - src/domain/** imports only src/domain/** and big.js: no app, server, Taro/React or node code.
 *  - src/** (the app) imports neither mock-server/** nor node builtins nor server-only packages, and
 *    nothing imports a page (src/components/** included); a page (src/pages/<a>/**, the tab pages
 *    src/tabs/<a>/**) imports no other page.
 *  - src/{components,api,query,store,utils,routing}/** import no feature (src/features sits above them).
 *  - mock-server/src/** imports from src/ only src/domain/** and src/api/schema.
 * tests/lint/boundaries.test.ts proves each one bites.
 */
const DEPTHS = [0, 1, 2, 3, 4]
const SOURCE = '*.{ts,tsx,mts,js,mjs}'
/** the files exactly `depth` folders below `dir` */
const at = (dir, depth) => [`${dir}/${'*/'.repeat(depth)}${SOURCE}`]
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** exactly n '../' */
const up = (n) => `(?:\\.\\./){${n}}`
/** the rest of a path with no '..' segment */
const NO_DOTDOT = '(?!(?:.*/)?\\.\\.(?:/|$))'
const pattern = (regex, message) => ({ regex, message, caseSensitive: true })
const restrict = (files, patterns) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } })

/** The domain's only outside dependency; add one only for a pure library (no DOM, no node). */
const DOMAIN_LIBRARIES = ['big.js']
const DOMAIN_MESSAGE = `src/domain is pure rules: it imports only src/domain (./ or ../ inside it) and ${DOMAIN_LIBRARIES.join(', ')}; no app, server, Taro/React or node code.`
/** From a file `depth` folders below src/domain/: anything but ./x, ../x staying inside, or a domain library. */
const domainOnly = (depth) => {
  const inside = depth === 0 ? '\\./' : `(?:\\./|(?:\\.\\./){1,${depth}})`
  return pattern(`^(?!${inside}${NO_DOTDOT}|(?:${DOMAIN_LIBRARIES.map(esc).join('|')})$)`, DOMAIN_MESSAGE)
}

const NODE_MESSAGE = 'The app runs in mini-programs and browsers: no node builtins.'
const SERVER_ONLY_PACKAGES = ['fastify', '@fastify/', 'better-sqlite3', 'kysely']
const noPages = pattern(
  '^(?:@/|(?:\\.\\./)+)(?:pages|tabs)(?:/|$)',
  'Nothing imports a page (pages are reached by route): move what is shared to src/components or src/utils.',
)
const appRestrictions = [
  noPages,
  pattern(
    '(?:^|/)mock-server(?:/|$)',
    'The app never imports the server (mock-server/): it calls it over HTTP (src/api).',
  ),
  pattern('^node:', NODE_MESSAGE),
  pattern(`^(?:${builtinModules.map(esc).join('|')})(?:/|$)`, NODE_MESSAGE),
  pattern(
    `^(?:${SERVER_ONLY_PACKAGES.map(esc).join('|')})`,
    'Server-only package: the app calls the server over HTTP (src/api).',
  ),
]
/** From a file `depth` folders below src/pages/<page>/, `depth + 1` '../' and a name is another page. */
const otherPage = (depth) =>
  pattern(
    `^${up(depth + 1)}(?!\\.\\.?(?:/|$))`,
    'A page imports no other page (nor its own folder through ../): share through src/components or src/utils.',
  )

const SERVER_MESSAGE = 'mock-server/src imports from src/ only src/domain/** and src/api/schema.'
/** From a file `depth` folders below mock-server/src/, the repository root is `depth + 2` '../' up. */
const serverRestrictions = (depth) => [
  pattern(`^${up(depth + 2)}src(?:/|$)(?!domain(?:/|$)|api/schema(?:\\.ts)?$)`, SERVER_MESSAGE),
  pattern('^@/(?!domain(?:/|$)|api/schema$)', SERVER_MESSAGE),
]

/** The layers below the features (shared views, transport, cache, stores, helpers) never reach up into one. */
const LOWER_LAYERS = ['components', 'api', 'query', 'store', 'utils', 'routing']
const noFeatures = pattern(
  '^(?:@/|(?:\\.\\./)+)features(?:/|$)',
  'Features sit on top of components, api, query, store and utils: those never import a feature.',
)

const boundaries = [
  restrict([`src/**/${SOURCE}`], appRestrictions),
  restrict(
    LOWER_LAYERS.map((l) => `src/${l}/**/${SOURCE}`),
    [...appRestrictions, noFeatures],
  ),
  ...['src/pages/*', 'src/tabs/*'].flatMap((dir) =>
    DEPTHS.map((d) => restrict(at(dir, d), [...appRestrictions, otherPage(d)])),
  ),
  ...DEPTHS.map((d) => restrict(at('src/domain', d), [...appRestrictions, domainOnly(d)])),
  {
    // no-restricted-imports does not see import() or require()
    files: [`src/domain/**/${SOURCE}`],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ImportExpression', message: DOMAIN_MESSAGE },
        { selector: "CallExpression[callee.name='require']", message: DOMAIN_MESSAGE },
      ],
    },
  },
  ...DEPTHS.map((d) => restrict(at('mock-server/src', d), serverRestrictions(d))),
]

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'artifacts/**', 'coverage/**', '.data/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,mjs,js}'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: {
        ...globals.browser,
        ...globals.node,
        API_BASE: 'readonly',
        defineAppConfig: 'readonly',
        definePageConfig: 'readonly',
      },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  ...boundaries,
  {
    files: ['babel.config.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
)
