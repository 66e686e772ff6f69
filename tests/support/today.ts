/**
 * The one fixed "today" of the tests: the clock of every test backend (tests/server/helpers.ts makeApp, the
 * child-process servers of tests/support/server-process.ts users, the mini-program backend) and the engine
 * inputs that stand for the same day. A test that needs another day keeps its own, with a comment saying why
 * (e.g. tests/e2e/global-setup.ts). Pure constant: safe to import from tests/domain too.
 */
export const TODAY = '2026-11-23'
