import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { buildApp } from '../../mock-server/src/app'
import { fixedClock } from '../../mock-server/src/clock'
import { loadConfig } from '../../mock-server/src/config'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    adminToken: string
    today: string
  }
}

/**
 * The browser tests' "today": fixed so that every rule (windows, years, ages) gives the same answer every run.
 * Deliberately not the shared TODAY of tests/support/today.ts (2026-11-23): the browser journeys are written for
 * mid-September, e.g. a suspension from 2026-10 that is still ahead (assess-suspended.e2e.test.ts).
 */
export const E2E_TODAY = '2026-09-15'
export const E2E_ADMIN = 'e2e-admin-token-0123456789'

/** Starts the real backend on a temporary database, serving dist/h5, for the whole browser run. */
export default async function setup(project: TestProject) {
  const h5Dir = path.resolve(__dirname, '../../dist/h5')
  if (!fs.existsSync(path.join(h5Dir, 'index.html'))) {
    throw new Error('dist/h5 is missing: run `npm run build:h5` before the browser tests.')
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zjb-e2e-'))
  const config = loadConfig({
    ...process.env,
    DATA_DIR: dataDir,
    H5_DIR: h5Dir,
    ADMIN_TOKEN: E2E_ADMIN,
    DEV_SHOW_CODE: '1',
    SEED_DEMO: '0',
    RATE_LOGIN_MAX: '10000',
    RATE_LOOKUP_MAX: '10000',
  })
  const { app } = await buildApp({ config, clock: fixedClock(E2E_TODAY), logger: false })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const address = app.server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  project.provide('baseURL', `http://127.0.0.1:${port}`)
  project.provide('adminToken', E2E_ADMIN)
  project.provide('today', E2E_TODAY)
  return async () => {
    await app.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
