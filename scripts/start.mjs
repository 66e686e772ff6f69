#!/usr/bin/env node
/**
 * `npm start`: build the three targets (H5, WeChat, Alipay), then start the backend, which serves the H5
 * build and the API on one origin and keeps its data in DATA_DIR (embedded SQLite).
 * SKIP_BUILD=1 reuses existing builds.
 *
 * The backend runs inside this process (through tsx's loader), not as a child: stopping `npm start` or this
 * script with Ctrl-C or `kill` stops the server too, and nothing is left listening.
 * The mini-programs are built against the port the server will listen on (PORT, default 3000), unless
 * TARO_APP_API_BASE names another origin.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { createRequire } from 'node:module'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const port = process.env.PORT || '3000'
const miniApi = process.env.TARO_APP_API_BASE ?? `http://127.0.0.1:${port}`
const env = { ...process.env, PORT: port }

const run = (args) => {
  const t0 = Date.now()
  const r = spawnSync('npm', ['run', '-s', ...args], { cwd: root, stdio: 'inherit', env })
  if (r.status !== 0) process.exit(r.status ?? 1)
  return (Date.now() - t0) / 1000
}

if (!process.env.SKIP_BUILD) {
  console.log('Building H5, WeChat and Alipay: about 1 minute each on a 2-core machine (3 in all) …')
  const t = [run(['build:h5']), run(['build:weapp']), run(['build:alipay'])]
  console.log(`Built in ${t.map((s) => `${s.toFixed(0)} s`).join(' + ')} (SKIP_BUILD=1 npm start reuses these builds).`)
}

console.log(`
Mini-program builds (they call ${miniApi}):
  WeChat:  ${path.join(root, 'dist/weapp')}
           open WeChat DevTools → 导入项目 → choose the folder above (project.config.json is there; urlCheck is off
           so the local API can be called over http).
  Alipay:  ${path.join(root, 'dist/alipay')}
           open Alipay Mini Program Studio (小程序开发者工具) → 打开项目 → choose the folder above.
  To call another origin, rebuild with TARO_APP_API_BASE set (e.g. TARO_APP_API_BASE=https://api.example.cn).
`)

process.env.PORT = port
// the backend is CommonJS TypeScript: tsx's require hook compiles it in this process
const { register } = await import('tsx/cjs/api')
register()
createRequire(import.meta.url)(path.join(root, 'mock-server/src/main.ts'))
