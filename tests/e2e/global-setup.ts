import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { buildApp } from '../../mock-server/src/app'
import { loadConfig } from '../../mock-server/src/config'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
  }
}

/** Starts the real backend on a temporary database, serving dist/h5, for the whole browser run. */
export default async function setup(project: TestProject) {
  const h5Dir = path.resolve(__dirname, '../../dist/h5')
  if (!fs.existsSync(path.join(h5Dir, 'index.html'))) {
    throw new Error('dist/h5 is missing: run `npm run build:h5` before the browser tests.')
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zjb-e2e-'))
  const config = { ...loadConfig({ ...process.env, PORT: '0', DATA_DIR: dataDir, H5_DIR: h5Dir }), port: 0 }
  const { app } = await buildApp({ config, logger: false })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const address = app.server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  project.provide('baseURL', `http://127.0.0.1:${port}`)
  return async () => {
    await app.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
